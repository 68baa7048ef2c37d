/**
 * The bench's Trust executive: a users-permissions account with the Trust executive role (which the
 * plugin creates on every boot), so the restricted queries can be measured as an executive asks them.
 * The bench database only; the demo seed keeps its own account.
 */
import type { Core } from '@strapi/strapi';
import { EXECUTIVE_ROLE } from '@equality-hub/strapi-plugin-equality/uids';

export const BENCH_EXECUTIVE = {
  email: 'bench-executive@equality-hub.test',
  password: process.env.BENCH_EXECUTIVE_PASSWORD ?? 'Bench-Executive-2026',
};

export async function ensureBenchExecutive(strapi: Core.Strapi): Promise<void> {
  const users = strapi.db.query('plugin::users-permissions.user');
  if (await users.findOne({ where: { email: BENCH_EXECUTIVE.email } })) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: EXECUTIVE_ROLE.type } });
  if (!role) throw new Error(`The "${EXECUTIVE_ROLE.type}" role is missing: the equality plugin creates it on boot`);
  await strapi.plugin('users-permissions').service('user').add({
    username: BENCH_EXECUTIVE.email,
    email: BENCH_EXECUTIVE.email,
    password: BENCH_EXECUTIVE.password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
}
