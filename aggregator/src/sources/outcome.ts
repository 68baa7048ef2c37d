/**
 * What reading one record type from one source produced. Failures are values, not exceptions, so that
 * one source's failure never fails another's read.
 */
import type { RecordTypeName } from './record-types';

/** A record left out because it did not pass its schema. */
export interface RejectedRecord {
  type: RecordTypeName;
  id: string | null;
  field: string;
  reason: string;
}

export interface FetchStats {
  /** HTTP requests made (retries included). */
  requests: number;
  /** The slowest request, in milliseconds. */
  latencyMs: number;
  retried: boolean;
}

export interface FetchSuccess<R = unknown> extends FetchStats {
  ok: true;
  source: string;
  type: RecordTypeName;
  records: R[];
  rejected: RejectedRecord[];
  /** Records the source returned, valid or not. */
  total: number;
}

export interface FetchFailure extends FetchStats {
  ok: false;
  source: string;
  type: RecordTypeName;
  /** Safe to show: never an upstream URL or token. */
  reason: string;
}

export type FetchOutcome<R = unknown> = FetchSuccess<R> | FetchFailure;

export type SourceStatus = 'ok' | 'degraded' | 'down';

/** Over 5 % of records rejected makes a source degraded. */
export const REJECTED_SHARE_DEGRADED = 0.05;

/**
 * A source's status from its latest reads: `down` when nothing was answered, `degraded` when some reads
 * failed or were retried or over 5 % of records were rejected, else `ok`.
 */
export function sourceStatus(outcomes: readonly FetchOutcome[]): SourceStatus {
  const answered = outcomes.filter((outcome): outcome is FetchSuccess => outcome.ok);
  if (answered.length === 0) return 'down';
  if (answered.length < outcomes.length || outcomes.some((outcome) => outcome.retried)) return 'degraded';
  const total = answered.reduce((sum, outcome) => sum + outcome.total, 0);
  const rejected = answered.reduce((sum, outcome) => sum + outcome.rejected.length, 0);
  return total > 0 && rejected / total > REJECTED_SHARE_DEGRADED ? 'degraded' : 'ok';
}
