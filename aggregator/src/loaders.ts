/**
 * The DataLoaders of one request, built by the context function and never shared between requests or
 * users. A report asks for each (source, type) once, however many academies and objectives it touches,
 * so upstream requests grow with records ÷ page size, never with academies.
 */
import DataLoader from 'dataloader';
import type { Academy } from '@equality-hub/domain';
import type { StrapiSource } from './sources/strapi-source';
import type { FetchFailure, FetchOutcome } from './sources/outcome';
import { readKey, type ACADEMY_TYPES, type ReadParams, type RecordOf, type RecordTypeName } from './sources/record-types';
import { createTrustLoaders } from './trust-loaders';
import { mergeAcademies, type MergedAcademies } from './merge';
import { AggregatorError, ErrorCode } from './errors';

export interface OutcomeKey {
  source: string;
  type: RecordTypeName;
  params?: ReadParams;
}

export type AcademyType = Exclude<(typeof ACADEMY_TYPES)[number], 'academies'>;

export interface AcademyRecordsKey {
  urn: string;
  type: AcademyType;
}

/** The records of every type belong to an academy through their populated `academy` relation. */
type AcademyOwned = { academy?: { urn: string } | null };

export function createLoaders(sources: readonly StrapiSource[], failures: Map<string, FetchFailure>) {
  const byName = new Map(sources.map((source) => [source.name, source]));

  const outcomes = new DataLoader<OutcomeKey, FetchOutcome, string>(
    async (keys) =>
      Promise.all(
        keys.map(async ({ source, type, params }) => {
          const client = byName.get(source);
          if (!client) return new Error(`No source named "${source}"`);
          const outcome = await client.read(type, params);
          if (!outcome.ok) failures.set(`${source}/${readKey(type, params)}`, outcome);
          return outcome;
        }),
      ),
    { cacheKeyFn: ({ source, type, params }) => `${source}/${readKey(type, params)}` },
  );

  let merged: Promise<MergedAcademies> | undefined;
  /** Every source's academies, merged by URN (once per request). */
  const academies = () =>
    (merged ??= Promise.all(
      sources.map(async (source) => {
        const outcome = await outcomes.load({ source: source.name, type: 'academies' });
        return {
          source: source.name,
          authoritative: source.config.academies,
          academies: outcome.ok ? (outcome.records as Academy[]) : null,
        };
      }),
    ).then(mergeAcademies));

  const academyRecords = new DataLoader<AcademyRecordsKey, unknown[], string>(
    async (keys) => {
      const { academies: owned } = await academies();
      const owner = new Map(owned.map((entry) => [entry.academy.urn, entry.source]));
      return Promise.all(
        keys.map(async ({ urn, type }) => {
          const source = owner.get(urn);
          if (!source) return new AggregatorError(ErrorCode.NOT_FOUND, `No source holds academy ${urn}`);
          const outcome = await outcomes.load({ source, type });
          if (!outcome.ok) {
            return new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, `The ${type} of academy ${urn} could not be read: source "${source}" ${outcome.reason}`, {
              source,
              academies: [urn],
            });
          }
          return (outcome.records as AcademyOwned[]).filter((record) => record.academy?.urn === urn);
        }),
      );
    },
    { cacheKeyFn: ({ urn, type }) => `${urn}/${type}` },
  );

  return {
    outcomes,
    academies,
    /** The Trust source's pay, recruitment and publication data. */
    trust: createTrustLoaders(outcomes, sources.find((source) => source.config.trust)!.name),
    /** The merged academies if this request has already merged them (for error extensions). */
    settledAcademies: () => merged,
    academyRecords: <T extends AcademyType>(urn: string, type: T) => academyRecords.load({ urn, type }) as Promise<RecordOf<T>[]>,
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
