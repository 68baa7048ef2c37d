/**
 * The demo's admin accounts (development only). Each can be overridden with DEMO_* environment
 * variables; the README lists them.
 */
import type { Core } from '@strapi/strapi';
import { EXECUTIVE_ROLE } from '@equality-hub/strapi-plugin-equality/uids';

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

export async function ensureDemoAccounts(strapi: Core.Strapi) {
  await ensureSuperAdmin(strapi);
  await ensureExecutive(strapi);
}
