/**
 * The public API's calls, independent of how records are checked: `createEqualityClient` (index.ts)
 * checks every record with the zod schemas of @equality-hub/domain; the web component, which must stay
 * small, trusts its own server and passes checks that only cast. This module imports no zod.
 */
import type {
  Academy,
  EqualityInformation,
  Objective,
  ObjectivesPlan,
  PayGapPublication,
  Statement,
  StatementKindValue,
} from '@equality-hub/domain';
import { currentStatementOf, groupByPlan, lastUpdatedOf, type AcademyEquality } from './academy-page';
import { EqualityApiError } from './errors';
import type { Query } from './query';
import { createTransport, type TransportOptions } from './transport';

/** Checks one record: its typed value, or what is wrong with it (naming the field). */
export type Check<T> = (value: unknown) => { data: T } | { problem: string };

/** One check per record type of the public API. */
export interface Checks {
  academy: Check<Academy>;
  plan: Check<ObjectivesPlan>;
  objective: Check<Objective>;
  statement: Check<Statement>;
  information: Check<EqualityInformation>;
  payGapReport: Check<PayGapPublication>;
}

export type ClientOptions = TransportOptions;

/** Strapi caps public pages at 100 records. */
const PAGE_SIZE = 100;
const API = '/api/equality';
const ACADEMY_REF = { fields: ['name', 'slug', 'urn'] };
const bySlug = (academy: string) => ({ academy: { slug: { $eq: academy } } });

/** Strapi's collection envelope, checked by hand: `{ data: [...], meta: { pagination: { pageCount } } }`. */
function pageOf(body: unknown, url: string): { data: unknown[]; pageCount: number } {
  const { data, meta } = (body ?? {}) as { data?: unknown; meta?: { pagination?: { pageCount?: unknown } } };
  const pageCount = meta?.pagination?.pageCount;
  if (!Array.isArray(data) || typeof pageCount !== 'number') {
    throw new EqualityApiError('invalid-response', `${url} did not answer with a list ({ data: [...], meta.pagination })`, url);
  }
  return { data, pageCount };
}

function checked<T>(check: Check<T>, value: unknown, url: string, where: string): T {
  const result = check(value);
  if ('problem' in result) throw new EqualityApiError('invalid-response', `${url}: ${where} is not as published: ${result.problem}`, url);
  return result.data;
}

export function createClientCore(options: ClientOptions, checks: Checks) {
  const transport = createTransport(options);

  /** Every record of a collection, page by page. */
  async function list<T>(path: string, check: Check<T>, query: Query = {}): Promise<T[]> {
    const records: T[] = [];
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const { url, body } = await transport.getJson(`${API}${path}`, { ...query, pagination: { page, pageSize: PAGE_SIZE } });
      const current = pageOf(body, url);
      pageCount = current.pageCount;
      records.push(...current.data.map((value, index) => checked(check, value, url, `data[${index}]`)));
    }
    return records;
  }

  /** The first record of a collection in the query's order, or null. */
  async function first<T>(path: string, check: Check<T>, query: Query): Promise<T | null> {
    const { url, body } = await transport.getJson(`${API}${path}`, { ...query, pagination: { page: 1, pageSize: 1 } });
    const [value] = pageOf(body, url).data;
    return value === undefined ? null : checked(check, value, url, 'data[0]');
  }

  /** Media URLs are served relative to Strapi (`/uploads/…`); a website needs them absolute. */
  const withAbsoluteDocument = (statement: Statement): Statement =>
    statement.document ? { ...statement, document: { ...statement.document, url: new URL(statement.document.url, `${transport.baseUrl}/`).href } } : statement;

  const client = {
    /** Where the client reads from, e.g. `https://cms.example`. */
    baseUrl: transport.baseUrl,

    /** Every academy of the Trust, by name. */
    academies: (): Promise<Academy[]> => list('/academies', checks.academy, { sort: ['name:asc'] }),

    /** One academy by its slug (`st-georges`), or null when no academy has it. */
    academyBySlug: (slug: string): Promise<Academy | null> =>
      first('/academies', checks.academy, { filters: { slug: { $eq: slug } } }),

    /** An academy's published objectives plans, newest first. */
    plans: ({ academy }: { academy: string }): Promise<ObjectivesPlan[]> =>
      list('/plans', checks.plan, { filters: bySlug(academy), populate: { academy: ACADEMY_REF }, sort: ['periodStart:desc', 'id:asc'] }),

    /**
     * Published objectives, with their actions, measure, dates, milestones, plan and academy, in the order
     * they were written; of one academy (by slug) or one plan (by documentId) when asked.
     */
    objectives: ({ academy, plan }: { academy?: string; plan?: string } = {}): Promise<Objective[]> =>
      list('/objectives', checks.objective, {
        filters: { ...(academy ? bySlug(academy) : {}), ...(plan ? { plan: { documentId: { $eq: plan } } } : {}) },
        populate: { academy: ACADEMY_REF, plan: { fields: ['title'] }, measure: true, actions: true, dates: true, milestones: true },
        sort: ['createdAt:asc', 'id:asc'],
      }),

    /**
     * The academy's statement in force: of `kind` when given, the most recently approved. Its `document`
     * (the PDF, when one was uploaded) has an absolute URL.
     */
    async currentStatement(academy: string, { kind }: { kind?: StatementKindValue } = {}): Promise<Statement | null> {
      const statements = await list('/statements', checks.statement, {
        filters: { ...bySlug(academy), ...(kind ? { kind: { $eq: kind } } : {}) },
        populate: { academy: ACADEMY_REF, document: { fields: ['url', 'name', 'mime', 'size'] } },
      });
      const current = currentStatementOf(statements, kind);
      return current && withAbsoluteDocument(current);
    },

    /** The academy's most recently published equality information (small cohorts withheld), or null. */
    latestInformation: (academy: string): Promise<EqualityInformation | null> =>
      first('/information', checks.information, {
        filters: bySlug(academy),
        populate: { academy: ACADEMY_REF, figures: true },
        sort: ['publishedOn:desc', 'id:desc'],
      }),

    /** The Trust's approved gender pay gap reports, newest snapshot first. */
    payGapReports: (): Promise<PayGapPublication[]> => list('/pay-gap-reports', checks.payGapReport),

    /**
     * Everything a school website shows for one academy, in one call: its plans and objectives, statement,
     * latest information and when any of it last changed. Throws a `not-found` error for an unknown slug.
     */
    async academyEquality(slug: string): Promise<AcademyEquality> {
      const [academy, plans, objectives, statement, information] = await Promise.all([
        client.academyBySlug(slug),
        client.plans({ academy: slug }),
        client.objectives({ academy: slug }),
        client.currentStatement(slug),
        client.latestInformation(slug),
      ]);
      if (!academy) throw new EqualityApiError('not-found', `No academy has the slug "${slug}"`, transport.url(`${API}/academies`));
      const page = { academy, plans: groupByPlan(plans, objectives), statement, information };
      return { ...page, lastUpdated: lastUpdatedOf(page) };
    },
  };
  return client;
}

export type EqualityClient = ReturnType<typeof createClientCore>;
export { EqualityApiError, type EqualityApiErrorKind } from './errors';
export type { AcademyEquality, PlanObjectives } from './academy-page';
