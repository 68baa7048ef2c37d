/** Every UID the plugin defines, as one constant each: never a repeated string literal. */
export const PLUGIN_ID = 'equality';

export const UID = {
  TRUST: 'plugin::equality.trust',
  ACADEMY: 'plugin::equality.academy',
  PLAN: 'plugin::equality.objectives-plan',
  OBJECTIVE: 'plugin::equality.objective',
  STATEMENT: 'plugin::equality.statement',
  INFORMATION: 'plugin::equality.equality-information',
  TRUST_OBJECTIVE: 'plugin::equality.trust-objective',
  CONTRIBUTION: 'plugin::equality.trust-objective-contribution',
  VACANCY: 'plugin::equality.vacancy',
  RECRUITMENT_ROLLOUT: 'plugin::equality.recruitment-rollout',
  PAY_SNAPSHOT: 'plugin::equality.pay-snapshot',
  PAY_RECORD: 'plugin::equality.pay-record',
  APPLICANT_BREAKDOWN: 'plugin::equality.applicant-breakdown',
  AUDIT_ENTRY: 'plugin::equality.audit-entry',
} as const;

export type PluginUid = (typeof UID)[keyof typeof UID];

/**
 * The plugin's own bookkeeping, not equality content: kept out of UID, so no content rule, tenancy check
 * or public route applies to it, and hidden from the Content Manager.
 */
export const RECORD_UID = {
  SENT_REMINDER: 'plugin::equality.sent-reminder',
} as const;

/** The name of the daily reminders job in Strapi's cron. */
export const REMINDERS_JOB = 'equality-reminders';

export const COMPONENT = {
  MEASURE: 'equality.measure',
  PAY_MEASURE: 'equality.pay-measure',
  ACTION: 'equality.action',
  DATES: 'equality.dates',
  MILESTONE: 'equality.milestone',
  FIGURE: 'equality.figure',
  SEX_OUTCOME: 'equality.sex-outcome',
  ETHNICITY_OUTCOME: 'equality.ethnicity-outcome',
} as const;

/**
 * Special-category data: readable and writable only by Trust HR and super admins, never on a public
 * route, and related to academies one way only so that no public populate or filter can reach it.
 */
export const RESTRICTED_UIDS = [UID.PAY_SNAPSHOT, UID.PAY_RECORD, UID.APPLICANT_BREAKDOWN] as const;

export function isRestrictedUid(uid: string): boolean {
  return (RESTRICTED_UIDS as readonly string[]).includes(uid);
}

/** The plugin's own admin actions (RBAC), beside the Content Manager's. */
export const ADMIN_ACTION = {
  PAY_IMPORT: { uid: 'pay-import', displayName: 'Import payroll exports', id: 'plugin::equality.pay-import' },
} as const;

/** Where the restricted content-API routes are mounted, under /api. */
export const RESTRICTED_PATH_PREFIX = '/equality/restricted/';

/**
 * The restricted routes (GET, under RESTRICTED_PATH_PREFIX) and their handlers. The actions are not
 * named find/findOne, which Strapi 5.54's read-only tokens pass whatever the route.
 */
export const RESTRICTED_ROUTES = [
  { path: 'pay-snapshots', handler: 'restricted.listPaySnapshots' },
  { path: 'pay-records', handler: 'restricted.listPayRecords' },
  { path: 'vacancies', handler: 'restricted.listVacancies' },
  { path: 'recruitment-rollouts', handler: 'restricted.listRecruitmentRollouts' },
  { path: 'audit-trail', handler: 'restricted.listAuditTrail' },
] as const;

/** The scopes of the aggregator's restricted token, and of nothing else. */
export const RESTRICTED_ACTIONS = RESTRICTED_ROUTES.map(({ handler }) => `plugin::${PLUGIN_ID}.${handler}`);

export const PLUGIN_UIDS: readonly PluginUid[] = Object.values(UID);

export function isPluginUid(uid: string): uid is PluginUid {
  return (PLUGIN_UIDS as readonly string[]).includes(uid);
}

/** The types that hold the Trust's equality data: every plugin type but its own audit trail. */
export type ContentUid = Exclude<PluginUid, typeof UID.AUDIT_ENTRY>;

export function isContentUid(uid: string): uid is ContentUid {
  return isPluginUid(uid) && uid !== UID.AUDIT_ENTRY;
}

/**
 * The role of the Trust executive, who reads restricted reports through the aggregator. It holds only
 * `users/me`, which the aggregator calls to verify an executive's token and role.
 */
export const EXECUTIVE_ROLE = {
  type: 'trust-executive',
  name: 'Trust executive',
  description: 'Reads Trust-wide restricted reports through the aggregator. Holds no content permissions.',
  actions: ['plugin::users-permissions.user.me'],
} as const;

/** The Trust's admin roles (Strapi RBAC); their permissions are in permissions/roles.ts. */
export const ROLE = {
  ACADEMY_EDITOR: { code: 'equality-academy-editor', name: 'Academy editor', description: "Edits and publishes their own academy's equality content only." },
  TRUST_ADMIN: { code: 'equality-trust-admin', name: 'Trust admin', description: 'Edits every academy, and assigns academy editors to academies.' },
  TRUST_HR: { code: 'equality-trust-hr', name: 'Trust HR', description: "Reads every academy's content; owns the Trust's restricted pay and recruitment data." },
} as const;
