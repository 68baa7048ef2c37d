/**
 * Which academies an admin user may work on. A super admin, Trust admin or Trust HR user works across the
 * Trust; anyone else works on the academies whose `editors` include them, and nothing else.
 */
import type { Core } from '@strapi/strapi';
import { ROLE, UID } from '../constants';
import { asSystem, type AdminUser } from '../utils/actor';

const SUPER_ADMIN = 'strapi-super-admin';
const TRUST_WIDE_ROLES: readonly string[] = [SUPER_ADMIN, ROLE.TRUST_ADMIN.code, ROLE.TRUST_HR.code];
/** Who may open pay records, pay snapshots and applicant breakdowns: not Trust admins, not editors. */
const RESTRICTED_DATA_ROLES: readonly string[] = [SUPER_ADMIN, ROLE.TRUST_HR.code];

/** `all`: the whole Trust; otherwise the documentIds of the user's academies. */
export type AcademyScope = 'all' | readonly string[];

const scopesByRequest = new WeakMap<object, { userId: number; scope: Promise<AcademyScope> }>();

export const createTenancyService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async academiesOf(userId: number): Promise<string[]> {
    const academies = (await asSystem(() =>
      strapi.documents(UID.ACADEMY).findMany({ filters: { editors: { id: userId } }, fields: ['documentId'] } as never),
    )) as Array<{ documentId: string }>;
    return academies.map((academy) => academy.documentId);
  },

  /** The user's scope, worked out once per request: one admin request makes many Document Service calls. */
  scopeOf(user: AdminUser): Promise<AcademyScope> {
    const request = strapi.requestContext.get() as object | undefined;
    if (!request) return this.lookUpScope(user);
    const cached = scopesByRequest.get(request);
    if (cached?.userId === user.id) return cached.scope;
    const scope = this.lookUpScope(user);
    scopesByRequest.set(request, { userId: user.id, scope });
    return scope;
  },

  async roleCodesOf(user: AdminUser): Promise<string[]> {
    if (user.roles) return user.roles.map((role) => role.code);
    const stored = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] });
    return (stored?.roles ?? []).map((role: { code: string }) => role.code);
  },

  async lookUpScope(user: AdminUser): Promise<AcademyScope> {
    const roles = await this.roleCodesOf(user);
    if (roles.some((code) => TRUST_WIDE_ROLES.includes(code))) return 'all';
    return this.academiesOf(user.id);
  },

  async reachesRestrictedData(user: AdminUser): Promise<boolean> {
    return (await this.roleCodesOf(user)).some((code) => RESTRICTED_DATA_ROLES.includes(code));
  },

});

export type TenancyService = ReturnType<typeof createTenancyService>;
