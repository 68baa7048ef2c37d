/**
 * Reports the sources that failed during a request in the response's `errors`, even when every field
 * still resolved (a report over the other sources): one error per source, naming the record types it
 * could not read and the academies left out because of it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';
import { ErrorCode } from '../errors';
import { RESTRICTED_TYPES } from '../sources/record-types';

export function sourceErrorsPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const failures = [...(contextValue?.failures?.values() ?? [])];
          if (failures.length === 0 || response.body.kind !== 'single') return;
          const merged = await contextValue.loaders.settledAcademies()?.catch(() => undefined);
          const bySource = new Map<string, typeof failures>();
          for (const failure of failures) bySource.set(failure.source, [...(bySource.get(failure.source) ?? []), failure]);
          const errors = [...bySource].map(([source, failed]) => {
            // Pay and recruitment reads leave no academy out of anything: only the queries that needed them fail.
            const academyReads = failed.some((failure) => !(RESTRICTED_TYPES as readonly string[]).includes(failure.type));
            const academies = new Set(academyReads ? [
              ...(contextValue.sources.find((candidate) => candidate.name === source)?.config.academies ?? []),
              ...(merged?.missing.filter((missing) => missing.sources.includes(source)).map((missing) => missing.urn) ?? []),
              ...(merged?.academies.filter((owned) => owned.source === source).map((owned) => owned.academy.urn) ?? []),
            ] : []);
            return {
              message: `Source "${source}" could not be read: ${[...new Set(failed.map((failure) => failure.reason))].join('; ')}`,
              extensions: {
                code: ErrorCode.SOURCE_UNAVAILABLE,
                source,
                types: failed.map((failure) => failure.type),
                academies: [...academies].sort(),
              },
            };
          });
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
}
