/**
 * The admin roles of a trust, as Strapi RBAC roles with content-manager permissions:
 * - Academy editor: their own academies' entries (list, read, create, update, publish, delete …); their
 *   own academy record (read, update; not who its editors are); Trust-level entries read-only.
 * - Trust admin: every academy; assigns editors to academies (the academy's `editors`), so reads admin users.
 * - Trust HR: reads everything; sets the Trust's pay gap method; owns vacancies, rollouts and the restricted
 *   pay and applicant data (which nobody else but a super admin can open), and imports payroll exports.
 * The audit trail is read-only for every role (and refused to every writer, super admins included, by
 * its middleware): Trust admins and Trust HR read all of it, academy editors their own academies' entries.
 */
import { ADMIN_ACTION, RESTRICTED_UIDS, ROLE, UID } from '../constants';

export const OWN_ACADEMY_CONDITION = 'plugin::equality.own-academy';


const CM = 'plugin::content-manager.explorer';
export const CM_ACTION = {
  CREATE: `${CM}.create`,
  READ: `${CM}.read`,
  UPDATE: `${CM}.update`,
  DELETE: `${CM}.delete`,
  PUBLISH: `${CM}.publish`,
} as const;

/** Types whose entries belong to one academy. */
/** Tenant types with draft and publish: the academy's published equality content. */
const PUBLISHED_TENANT_TYPES = [UID.PLAN, UID.OBJECTIVE, UID.STATEMENT, UID.INFORMATION, UID.CONTRIBUTION] as const;

/** Tenant types that hold recruitment data: never public, and Trust HR's to keep as well as the academy's. */
export const RECRUITMENT_TYPES = [UID.VACANCY, UID.RECRUITMENT_ROLLOUT] as const;

/** Types whose entries belong to one academy. */
export const TENANT_TYPES = [...PUBLISHED_TENANT_TYPES, ...RECRUITMENT_TYPES] as const;

export interface PermissionSpec {
  action: string;
  subject: string | null;
  conditions?: string[];
  /** Fields left out of the permission (all others are granted). */
  withoutFields?: string[];
}

const ALL = Object.values(CM_ACTION);
const READ_ONLY = [CM_ACTION.READ];

export function rolePermissions(): Record<keyof typeof ROLE, PermissionSpec[]> {
  const every = (subjects: readonly string[], actions: readonly string[], extra: Partial<PermissionSpec> = {}) =>
    subjects.flatMap((subject) => actions.map((action) => ({ action, subject, ...extra })));
  const withoutPublish = (actions: readonly string[]) => actions.filter((action) => action !== CM_ACTION.PUBLISH);
  const own = { conditions: [OWN_ACADEMY_CONDITION] };
  const mediaLibrary = ['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.update', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'].map(
    (action) => ({ action, subject: null }),
  );

  return {
    ACADEMY_EDITOR: [
      ...every(PUBLISHED_TENANT_TYPES, ALL, own),
      ...every(RECRUITMENT_TYPES, withoutPublish(ALL), own),
      ...every([UID.ACADEMY], READ_ONLY, own),
      ...every([UID.ACADEMY], [CM_ACTION.UPDATE], { ...own, withoutFields: ['editors'] }),
      ...every([UID.TRUST], READ_ONLY),
      ...every([UID.TRUST_OBJECTIVE], READ_ONLY),
      ...every([UID.AUDIT_ENTRY], READ_ONLY, own),
      ...mediaLibrary,
    ],
    TRUST_ADMIN: [
      ...every(PUBLISHED_TENANT_TYPES, ALL),
      ...every(RECRUITMENT_TYPES, withoutPublish(ALL)),
      ...every([UID.ACADEMY, UID.TRUST], withoutPublish(ALL)),
      ...every([UID.TRUST_OBJECTIVE], ALL),
      ...every([UID.AUDIT_ENTRY], READ_ONLY),
      // To see the admin users they assign to academies as editors.
      { action: 'admin::users.read', subject: null },
      ...mediaLibrary,
    ],
    TRUST_HR: [
      ...every([...PUBLISHED_TENANT_TYPES, UID.ACADEMY, UID.TRUST_OBJECTIVE, UID.AUDIT_ENTRY], READ_ONLY),
      // The pay gap method is the Trust's HR choice.
      ...every([UID.TRUST], [CM_ACTION.READ, CM_ACTION.UPDATE]),
      ...every([...RECRUITMENT_TYPES, ...RESTRICTED_UIDS], withoutPublish(ALL)),
      { action: ADMIN_ACTION.PAY_IMPORT.id, subject: null },
    ],
  };
}
