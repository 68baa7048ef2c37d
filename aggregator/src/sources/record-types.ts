/**
 * The record types the aggregator reads from each source: the route of Strapi's content API, what to
 * populate, and the zod schema (from @equality-hub/domain) every record must pass.
 */
import type { z } from 'zod';
import { Academy, EqualityInformation, Objective, ObjectivesPlan, Statement, TrustObjective } from '@equality-hub/domain';

const ACADEMY_REF = { fields: ['name', 'slug', 'urn'] };

export const RECORD_TYPES = {
  academies: { path: '/api/equality/academies', schema: Academy, populate: {} },
  plans: { path: '/api/equality/plans', schema: ObjectivesPlan, populate: { academy: ACADEMY_REF } },
  objectives: {
    path: '/api/equality/objectives',
    schema: Objective,
    populate: { academy: ACADEMY_REF, plan: { fields: ['title'] }, measure: true, actions: true, dates: true, milestones: true },
  },
  statements: { path: '/api/equality/statements', schema: Statement, populate: { academy: ACADEMY_REF } },
  information: { path: '/api/equality/information', schema: EqualityInformation, populate: { academy: ACADEMY_REF, figures: true } },
  'trust-objectives': { path: '/api/equality/trust-objectives', schema: TrustObjective, populate: {} },
} as const satisfies Record<string, { path: string; schema: z.ZodType; populate: Record<string, unknown> }>;

export type RecordTypeName = keyof typeof RECORD_TYPES;
export type RecordOf<T extends RecordTypeName> = z.infer<(typeof RECORD_TYPES)[T]['schema']>;

/** The types every academy has, read from every source. */
export const ACADEMY_TYPES = ['academies', 'plans', 'objectives', 'statements', 'information'] as const satisfies readonly RecordTypeName[];

/** Types only the Trust's own source is asked for. */
export const TRUST_TYPES = ['trust-objectives'] as const satisfies readonly RecordTypeName[];

/** Encodes a nested object as Strapi's bracketed query string (`populate[academy][fields][0]=name`). */
export function encodeQuery(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (child !== null && typeof child === 'object') return encodeQuery(child as Record<string, unknown>, name);
    return [`${encodeURIComponent(name)}=${encodeURIComponent(String(child))}`];
  });
}
