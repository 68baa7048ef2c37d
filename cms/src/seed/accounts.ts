/**
 * The demo's admin accounts (development only). Each can be overridden with DEMO_* environment
 * variables; the README lists them.
 */
import type { Core } from '@strapi/strapi';

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

export async function ensureDemoAccounts(strapi: Core.Strapi) {
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');
  const account = demoSuperAdmin();
  if (await users.exists({ email: account.email })) return;
  const superAdmin = await roles.getSuperAdmin();
  await users.create({ ...account, isActive: true, registrationToken: null, roles: [superAdmin.id] });
}
