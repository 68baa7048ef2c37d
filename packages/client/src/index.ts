/**
 * A typed client for Equality Hub's public API (`/api/equality/*`), for school websites that render
 * server-side. Every record is checked with the zod schemas of @equality-hub/domain, so a site never
 * renders a shape it does not expect.
 *
 *   const equality = createEqualityClient({ baseUrl: 'https://cms.example' });
 *   const page = await equality.academyEquality('st-georges');
 */
import { schemaChecks } from './checks';
import { createClientCore, type ClientOptions, type EqualityClient } from './core';

export function createEqualityClient(options: ClientOptions): EqualityClient {
  return createClientCore(options, schemaChecks);
}

export { EqualityApiError, type EqualityApiErrorKind, type EqualityClient, type ClientOptions, type AcademyEquality, type PlanObjectives } from './core';
export { currentStatementOf, groupByPlan, lastUpdatedOf, latestOf } from './academy-page';
export type { Academy, EqualityInformation, Objective, ObjectivesPlan, PayGapPublication, PublishedFigure, Statement } from '@equality-hub/domain';
