/**
 * The RBAC condition "belongs to one of my academies". Strapi checks conditions both as database filters
 * and in memory against fetched entries, sometimes fetched without relations (bulk unpublish), so the
 * condition matches plain fields: an academy's `documentId`, or an entry's `academyKey` (the documentId of
 * its academy, kept by the plugin). Reading also covers the Trust's own statements (no academy); the
 * tenancy middleware still refuses any write to them.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { CM_ACTION } from './roles';
import { getService } from '../utils/get-service';
import type { AdminUser } from '../utils/actor';

type ConditionUser = AdminUser & { permission?: { subject?: string | null; action?: string } };

export function ownAcademyCondition(strapi: Core.Strapi) {
  return {
    displayName: 'Belongs to one of my academies',
    name: 'own-academy',
    plugin: 'equality',
    category: 'Equality',
    async handler(user: ConditionUser) {
      const academies = await getService(strapi, 'tenancy').academiesOf(user.id);
      const { subject, action } = user.permission ?? {};
      if (subject === UID.ACADEMY) return { documentId: { $in: academies } };
      const own = { academyKey: { $in: academies } };
      return subject === UID.STATEMENT && action === CM_ACTION.READ ? { $or: [own, { academyKey: null }] } : own;
    },
  };
}
