/**
 * The record types the aggregator reads from each source: the route, the API token it needs, how one page
 * is asked for, and the zod schema (from @equality-hub/domain) every record must pass.
 */
import type { z } from 'zod';
import {
  Academy,
  AuditEntryRow,
  EqualityInformation,
  Objective,
  ObjectivesPlan,
  PayGapPublication,
  PayRecord,
  PaySnapshotRow,
  RecruitmentRolloutRow,
  Statement,
  TrustObjective,
  VacancyRow,
} from '@equality-hub/domain';

/**
 * Which of the source's tokens a route needs: the read-only token, or the Trust's custom token holding
 * exactly the scopes of the restricted routes (pay and recruitment data, special-category).
 */
export type TokenKind = 'read-only' | 'restricted';

interface RecordType {
  path: string;
  schema: z.ZodType;
  token: TokenKind;
  /** The query of one page, before the read's own parameters are added. */
  page(page: number, pageSize: number): Record<string, unknown>;
}

const ACADEMY_REF = { fields: ['name', 'slug', 'urn'] };

/** Strapi's collection routes: populate, a stable order, and `pagination[page]`. */
const collection = <S extends z.ZodType>(path: string, schema: S, populate: Record<string, unknown> = {}) => ({
  path,
  schema,
  token: 'read-only' as const,
  page: (page: number, pageSize: number) => ({ populate, sort: ['id:asc'], pagination: { page, pageSize } }),
});

/** The plugin's computed public lists: Strapi's `pagination[page]`, nothing to populate or sort. */
const computed = <S extends z.ZodType>(path: string, schema: S) => ({
  path,
  schema,
  token: 'read-only' as const,
  page: (page: number, pageSize: number) => ({ pagination: { page, pageSize } }),
});

/** The restricted routes, paged as `?page=&pageSize=` in the same envelope. */
const restricted = <S extends z.ZodType>(path: string, schema: S) => ({
  path: `/api/equality/restricted/${path}`,
  schema,
  token: 'restricted' as const,
  page: (page: number, pageSize: number) => ({ page, pageSize }),
});

export const RECORD_TYPES = {
  academies: collection('/api/equality/academies', Academy),
  plans: collection('/api/equality/plans', ObjectivesPlan, { academy: ACADEMY_REF }),
  objectives: collection('/api/equality/objectives', Objective, {
    academy: ACADEMY_REF, plan: { fields: ['title'] }, measure: true, actions: true, dates: true, milestones: true,
  }),
  statements: collection('/api/equality/statements', Statement, { academy: ACADEMY_REF }),
  information: collection('/api/equality/information', EqualityInformation, { academy: ACADEMY_REF, figures: true }),
  'trust-objectives': collection('/api/equality/trust-objectives', TrustObjective, { payMeasure: true }),
  'pay-gap-reports': computed('/api/equality/pay-gap-reports', PayGapPublication),
  'pay-snapshots': restricted('pay-snapshots', PaySnapshotRow),
  /** Read with `{ snapshot: 'YYYY-MM-DD' }`. */
  'pay-records': restricted('pay-records', PayRecord),
  vacancies: restricted('vacancies', VacancyRow),
  'recruitment-rollouts': restricted('recruitment-rollouts', RecruitmentRolloutRow),
  /** Read with the filters of `AuditTrailQuery` (from, to, academy, type, actor). */
  'audit-trail': restricted('audit-trail', AuditEntryRow),
} as const satisfies Record<string, RecordType>;

export type RecordTypeName = keyof typeof RECORD_TYPES;
export type RecordOf<T extends RecordTypeName> = z.infer<(typeof RECORD_TYPES)[T]['schema']>;

/** Parameters of one read (`snapshot` of the pay records), added to every page's query. */
export type ReadParams = Readonly<Record<string, string>>;

/** The types every academy has, read from every source. */
export const ACADEMY_TYPES = ['academies', 'plans', 'objectives', 'statements', 'information'] as const satisfies readonly RecordTypeName[];

/** Public types only the Trust's own source is asked for. */
export const TRUST_TYPES = ['trust-objectives', 'pay-gap-reports'] as const satisfies readonly RecordTypeName[];

/** Types read with the restricted token, from the Trust's source only, for Trust executives only. */
export const RESTRICTED_TYPES = ['pay-snapshots', 'pay-records', 'vacancies', 'recruitment-rollouts', 'audit-trail'] as const satisfies readonly RecordTypeName[];

/** `pay-records?snapshot=2025-03-31`: how a read is named in cache keys and failures. */
export function readKey(type: RecordTypeName, params: ReadParams = {}): string {
  const query = new URLSearchParams(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))).toString();
  return query ? `${type}?${query}` : type;
}

/** Encodes a nested object as Strapi's bracketed query string (`populate[academy][fields][0]=name`). */
export function encodeQuery(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (child !== null && typeof child === 'object') return encodeQuery(child as Record<string, unknown>, name);
    return [`${encodeURIComponent(name)}=${encodeURIComponent(String(child))}`];
  });
}
