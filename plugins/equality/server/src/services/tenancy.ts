/**
 * Which academies an admin user may work on. A super admin, Trust admin or Trust HR user works across the
 * Trust; anyone else works on the academies whose `editors` include them, and nothing else.
 */
import type { Core } from '@strapi/strapi';
import { ROLE, UID } from '../constants';
import { asSystem, type AdminUser } from '../utils/actor';

const SUPER_ADMIN = 'strapi-super-admin';
const TRUST_WIDE_ROLES: readonly string[] = [SUPER_ADMIN, ROLE.TRUST_ADMIN.code, ROLE.TRUST_HR.code];

/** `all`: the whole Trust; otherwise the documentIds of the user's academies. */
export type AcademyScope = 'all' | readonly string[];

export const createTenancyService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async academiesOf(userId: number): Promise<string[]> {
    const academies = (await asSystem(() =>
      strapi.documents(UID.ACADEMY).findMany({ filters: { editors: { id: userId } }, fields: ['documentId'] } as never),
    )) as Array<{ documentId: string }>;
    return academies.map((academy) => academy.documentId);
  },

  async scopeOf(user: AdminUser): Promise<AcademyScope> {
    let roles = user.roles;
    if (!roles) {
      const stored = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] });
      roles = stored?.roles ?? [];
    }
    if (roles!.some((role) => TRUST_WIDE_ROLES.includes(role.code))) return 'all';
    return this.academiesOf(user.id);
  },

  isSuperAdmin(user: AdminUser): boolean {
    return (user.roles ?? []).some((role) => role.code === SUPER_ADMIN);
  },
});

export type TenancyService = ReturnType<typeof createTenancyService>;
