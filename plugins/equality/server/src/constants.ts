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
} as const;

export type PluginUid = (typeof UID)[keyof typeof UID];

export const COMPONENT = {
  MEASURE: 'equality.measure',
  ACTION: 'equality.action',
  DATES: 'equality.dates',
  MILESTONE: 'equality.milestone',
  FIGURE: 'equality.figure',
} as const;

export const PLUGIN_UIDS: readonly PluginUid[] = Object.values(UID);

export function isPluginUid(uid: string): uid is PluginUid {
  return (PLUGIN_UIDS as readonly string[]).includes(uid);
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
