/**
 * The context of one GraphQL request, built once per request: who is asking, and this request's own
 * loaders. (Apollo's context type is invariant, so it is declared once here and used everywhere.)
 */
import type { Viewer } from './auth';
import type { Loaders } from './loaders';
import type { FetchFailure } from './sources/outcome';
import type { StrapiSource } from './sources/strapi-source';

export interface AppContext {
  viewer: Viewer;
  loaders: Loaders;
  sources: readonly StrapiSource[];
  /** Reads that failed in this request, by `source/type`; reported in the response's errors. */
  failures: Map<string, FetchFailure>;
  staleAfterDays: number;
}
