/**
 * Who may read what without signing in. The Public role holds exactly the public routes' actions and
 * users-permissions login; the Authenticated role holds nothing; nobody may register themselves.
 * Idempotent, and independent of the order plugins boot in: users-permissions' own `initialize` is
 * safe to call again and makes sure its roles exist first.
 */
import type { Core } from '@strapi/strapi';
import { EXECUTIVE_ROLE } from '../constants';
import { PUBLIC_ACTIONS } from '../routes/content-api';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/** Signing in is the one users-permissions action the public needs (Trust executives log in with it). */
export const LOGIN_ACTION = 'plugin::users-permissions.auth.callback';


export const createPublicAccessService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The exact set of content-API actions the Public role holds. */
  publicActions(): string[] {
    return [...PUBLIC_ACTIONS, LOGIN_ACTION].sort();
  },

  async apply() {
    await strapi.plugin('users-permissions').service('users-permissions').initialize();
    await this.setRoleActions('public', this.publicActions());
    await this.setRoleActions('authenticated', []);
    await this.ensureExecutiveRole();
    const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    if (advanced.allow_register !== false) {
      await store.set({
        key: 'advanced',
        value: { unique_email: true, email_confirmation: false, default_role: 'authenticated', ...advanced, allow_register: false },
      });
    }
  },

  async ensureExecutiveRole() {
    const { actions, ...role } = EXECUTIVE_ROLE;
    const existing = await strapi.db.query(ROLE).findOne({ where: { type: role.type } });
    if (!existing) await strapi.db.query(ROLE).create({ data: role });
    await this.setRoleActions(role.type, [...actions]);
  },

  async setRoleActions(roleType: string, actions: readonly string[]) {
    const role = await strapi.db.query(ROLE).findOne({ where: { type: roleType } });
    if (!role) throw new Error(`users-permissions has no ${roleType} role`);
    const held = (await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } })) as Array<{ id: number; action: string }>;
    const surplus = held.filter((permission) => !actions.includes(permission.action));
    const missing = actions.filter((action) => !held.some((permission) => permission.action === action));
    await strapi.db.transaction(async () => {
      if (surplus.length > 0) await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: surplus.map((p) => p.id) } } });
      for (const action of missing) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    });
  },
});

export type PublicAccessService = ReturnType<typeof createPublicAccessService>;
