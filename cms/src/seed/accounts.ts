/**
 * The demo's admin accounts (development only). Each can be overridden with DEMO_* environment
 * variables; the README lists them.
 */
import type { Core } from '@strapi/strapi';
import { EXECUTIVE_ROLE, ROLE, UID } from '@equality-hub/strapi-plugin-equality/uids';

export interface DemoAccount {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

export function demoSuperAdmin(): DemoAccount {
  return {
    email: process.env.DEMO_ADMIN_EMAIL ?? 'admin@equality-hub.test',
    password: process.env.DEMO_ADMIN_PASSWORD ?? 'Demo-Admin-2026',
    firstname: 'Demo',
    lastname: 'Super Admin',
  };
}

/** The Trust executive signs in to the aggregator with a users-permissions account, not an admin one. */
export function demoExecutive(): DemoAccount {
  return {
    email: process.env.DEMO_EXECUTIVE_EMAIL ?? 'executive@equality-hub.test',
    password: process.env.DEMO_EXECUTIVE_PASSWORD ?? 'Demo-Executive-2026',
    firstname: 'Demo',
    lastname: 'Trust Executive',
  };
}

async function ensureSuperAdmin(strapi: Core.Strapi) {
  const users = strapi.service('admin::user');
  const account = demoSuperAdmin();
  if (await users.exists({ email: account.email })) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({ ...account, isActive: true, registrationToken: null, roles: [superAdmin.id] });
}

async function ensureExecutive(strapi: Core.Strapi) {
  const account = demoExecutive();
  const existing = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: account.email } });
  if (existing) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: EXECUTIVE_ROLE.type } });
  await strapi.plugin('users-permissions').service('user').add({
    username: account.email,
    email: account.email,
    password: account.password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
}

/** One academy editor per academy, a Trust admin and a Trust HR user, all with one demo password. */
export function demoStaff(academySlugs: readonly string[]) {
  const password = process.env.DEMO_STAFF_PASSWORD ?? 'Demo-Staff-2026';
  return [
    ...academySlugs.map((slug) => ({ email: `editor.${slug}@equality-hub.test`, password, firstname: 'Editor', lastname: slug, role: ROLE.ACADEMY_EDITOR.code, academy: slug })),
    { email: 'trust-admin@equality-hub.test', password, firstname: 'Trust', lastname: 'Admin', role: ROLE.TRUST_ADMIN.code, academy: null },
    { email: 'trust-hr@equality-hub.test', password, firstname: 'Trust', lastname: 'HR', role: ROLE.TRUST_HR.code, academy: null },
  ];
}

async function ensureStaff(strapi: Core.Strapi) {
  const academies = (await strapi.documents(UID.ACADEMY).findMany({ fields: ['slug'], populate: { editors: { fields: ['id'] } } } as never)) as unknown as Array<{
    documentId: string;
    slug: string;
    editors: Array<{ id: number }>;
  }>;
  const users = strapi.service('admin::user');
  const roles = strapi.plugin('equality').service('roles') as { roleId(code: string): Promise<number> };
  for (const { academy, role, ...account } of demoStaff(academies.map((entry) => entry.slug))) {
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: account.email } });
    const user = existing ?? (await users.create({ ...account, isActive: true, registrationToken: null, roles: [await roles.roleId(role)] }));
    const target = academies.find((entry) => entry.slug === academy);
    if (target && !target.editors.some((editor) => editor.id === user.id)) {
      await strapi.documents(UID.ACADEMY).update({ documentId: target.documentId, data: { editors: { connect: [{ id: user.id }] } } } as never);
    }
  }
}

export async function ensureDemoAccounts(strapi: Core.Strapi) {
  await ensureSuperAdmin(strapi);
  await ensureStaff(strapi);
  await ensureExecutive(strapi);
}
