/** `sources`: how each source answered this request's reads (reading every type if nothing has yet). */
import type { AppContext } from '../context';
import { sourceStatus, type FetchOutcome } from '../sources/outcome';
import { ACADEMY_TYPES, TRUST_TYPES } from '../sources/record-types';
import type { StrapiSource } from '../sources/strapi-source';

async function describeSource(source: StrapiSource, context: AppContext) {
  const types = source.config.trust ? [...ACADEMY_TYPES, ...TRUST_TYPES] : ACADEMY_TYPES;
  const outcomes: FetchOutcome[] = await Promise.all(types.map((type) => context.loaders.outcomes.load({ source: source.name, type })));
  return {
    name: source.name,
    status: sourceStatus(outcomes),
    // No request made (no token yet): there is no latency to show.
    latencyMs: outcomes.some((outcome) => outcome.requests > 0) ? Math.max(...outcomes.map((outcome) => outcome.latencyMs)) : null,
    trust: source.config.trust,
    baseUrl: source.config.baseUrl,
    rejectedRecords: outcomes.flatMap((outcome) => (outcome.ok ? outcome.rejected : [])),
  };
}

export const sourceResolvers = {
  Query: {
    sources: (_parent: unknown, _args: unknown, context: AppContext) =>
      Promise.all(context.sources.map((source) => describeSource(source, context))),
  },
  SourceStatus: { OK: 'ok', DEGRADED: 'degraded', DOWN: 'down' },
};
