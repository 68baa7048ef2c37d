/**
 * The Trust source's pay, recruitment and publication data for one request: the records, or a
 * SOURCE_UNAVAILABLE error naming the source and why. Each is read once per request (the outcomes
 * loader), so upstream requests stay Σ ⌈records ÷ page size⌉, nothing per academy.
 *
 * Unlike academy records, where a malformed record is left out and listed, a record that fails its
 * schema here fails the read: a median or a share computed on part of the workforce would be wrong
 * without saying so.
 */
import type DataLoader from 'dataloader';
import { AggregatorError, ErrorCode } from './errors';
import type { OutcomeKey } from './loaders';
import type { FetchOutcome } from './sources/outcome';
import type { ReadParams, RecordOf, RecordTypeName } from './sources/record-types';

export function createTrustLoaders(outcomes: DataLoader<OutcomeKey, FetchOutcome, string>, source: string) {
  async function complete<T extends RecordTypeName>(what: string, type: T, params?: ReadParams): Promise<RecordOf<T>[]> {
    const outcome = await outcomes.load({ source, type, params });
    if (!outcome.ok) {
      throw new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, `${what} could not be read: source "${source}" ${outcome.reason}`, { source });
    }
    const [first] = outcome.rejected;
    if (first) {
      throw new AggregatorError(
        ErrorCode.SOURCE_UNAVAILABLE,
        `${what} could not be used: source "${source}" sent ${outcome.rejected.length} record(s) that fail validation ` +
          `(${first.id ? `${first.id}: ` : ''}${first.reason}), and figures are never computed on part of the data`,
        { source },
      );
    }
    return outcome.records as RecordOf<T>[];
  }

  return {
    /** Every pay snapshot, approved or not (restricted). */
    paySnapshots: () => complete('The pay snapshots', 'pay-snapshots'),
    /** Every pay record of one snapshot (restricted). */
    payRecords: (snapshotDate: string) =>
      complete(`The pay records of the ${snapshotDate} snapshot`, 'pay-records', { snapshot: snapshotDate }),
    /** Every vacancy, with its applicant breakdown where one is recorded (restricted). */
    vacancies: () => complete('The vacancies', 'vacancies'),
    /** Every academy's blind-recruitment rollout statuses (restricted). */
    rollouts: () => complete('The blind-recruitment rollouts', 'recruitment-rollouts'),
    /** The audit trail, filtered as the restricted route reads `params` (restricted). */
    auditTrail: (params: ReadParams) => complete('The audit trail', 'audit-trail', params),
    /** The approved snapshots' published Trust-level figures (public). */
    publications: () => complete('The published pay gap reports', 'pay-gap-reports'),
  };
}
export type TrustLoaders = ReturnType<typeof createTrustLoaders>;
