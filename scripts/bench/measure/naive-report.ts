/**
 * The naive baseline: the same Trust report computed the way field-by-field resolvers without a
 * DataLoader would fetch it: the academy list, then for every academy its plans, statements, information
 * and objective list, then every objective on its own. The same per-source concurrency as the aggregator,
 * the same zod parsing and the same domain calculations; only the fetching differs. It counts its own
 * requests, which the formula in formula.ts predicts.
 */
import {
  Academy,
  assessCompliance,
  EqualityInformation,
  inTrustOn,
  Objective,
  ObjectivesPlan,
  planInForce,
  progress,
  Statement,
  TrustObjective,
  type RagValue,
} from '@equality-hub/domain';
import type { z } from 'zod';
import { academicYearBounds } from '../../../aggregator/src/academic-year';
import { createLimiter } from '../../../aggregator/src/sources/limit';
import { encodeQuery } from '../../../aggregator/src/sources/record-types';

export interface NaiveOptions {
  baseUrl: string;
  token: string;
  pageSize: number;
  concurrency: number;
  asOf: string;
  academicYear: string;
}

export interface NaiveResult {
  requests: number;
  academyCount: number;
  ragCounts: Record<RagValue, number>;
  objectiveCount: number;
}

const ACADEMY = { fields: ['name', 'slug', 'urn'] };
const OBJECTIVE_POPULATE = { academy: ACADEMY, plan: { fields: ['title'] }, measure: true, actions: true, dates: true, milestones: true };

export async function naiveReport(options: NaiveOptions): Promise<NaiveResult> {
  const limit = createLimiter(options.concurrency);
  let requests = 0;
  const get = async <S extends z.ZodType>(path: string, query: Record<string, unknown>, schema: S) =>
    limit(async () => {
      requests += 1;
      const response = await fetch(`${options.baseUrl}${path}?${encodeQuery(query).join('&')}`, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      const body = (await response.json()) as { data: unknown; meta?: { pagination?: { pageCount: number } } };
      const data = Array.isArray(body.data) ? body.data.map((item) => schema.parse(item)) : [schema.parse(body.data)];
      return { data: data as z.infer<S>[], pageCount: body.meta?.pagination?.pageCount ?? 1 };
    });
  const byAcademy = (urn: string) => ({ filters: { academy: { urn: { $eq: urn } } }, populate: { academy: ACADEMY }, pagination: { pageSize: options.pageSize } });

  const first = await get('/api/equality/academies', { pagination: { page: 1, pageSize: options.pageSize } }, Academy);
  const rest = await Promise.all(
    Array.from({ length: first.pageCount - 1 }, (_, index) => get('/api/equality/academies', { pagination: { page: index + 2, pageSize: options.pageSize } }, Academy)),
  );
  const academies = [first, ...rest].flatMap((page) => page.data).filter((academy) => inTrustOn(academy, options.asOf));

  const [reports] = await Promise.all([
    Promise.all(
      academies.map(async (academy) => {
        const [plans, statements, information, list] = await Promise.all([
          get('/api/equality/plans', byAcademy(academy.urn), ObjectivesPlan),
          get('/api/equality/statements', byAcademy(academy.urn), Statement),
          get('/api/equality/information', { ...byAcademy(academy.urn), populate: { academy: ACADEMY, figures: true } }, EqualityInformation),
          get('/api/equality/objectives', { filters: { academy: { urn: { $eq: academy.urn } } }, fields: ['documentId'], pagination: { pageSize: options.pageSize } }, Objective.pick({ documentId: true })),
        ]);
        const objectives = await Promise.all(
          list.data.map(async ({ documentId }) => (await get(`/api/equality/objectives/${documentId}`, { populate: OBJECTIVE_POPULATE }, Objective)).data[0]!),
        );
        const plan = planInForce(plans.data, options.asOf);
        const inPlan = plan ? objectives.filter((objective) => objective.plan?.documentId === plan.documentId) : [];
        // As the aggregator reports them: objectives whose plan runs at some point in the academic year.
        const { from, to } = academicYearBounds(options.academicYear);
        const yearPlans = new Set(plans.data.filter((entry) => entry.periodStart <= to && entry.periodEnd >= from).map((entry) => entry.documentId));
        return {
          objectives: objectives.filter((objective) => objective.plan && yearPlans.has(objective.plan.documentId)),
          rag: assessCompliance({ plans: plans.data, objectives: inPlan, statements: statements.data, information: information.data }, options).rag,
        };
      }),
    ),
    get('/api/equality/trust-objectives', {}, TrustObjective),
  ]);

  const ragCounts: Record<RagValue, number> = { red: 0, amber: 0, green: 0 };
  for (const report of reports) ragCounts[report.rag] += 1;
  const objectives = reports.flatMap((report) => report.objectives.map((objective) => ({ ...objective, academy: objective.academy?.urn ?? '' })));
  return {
    requests,
    academyCount: academies.length,
    ragCounts,
    objectiveCount: progress(objectives, { asOf: options.asOf }).objectiveCount,
  };
}
