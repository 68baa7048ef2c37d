/**
 * Which pay snapshot or publication a question is about. Snapshots are named by year in GraphQL
 * (`snapshotYear: 2025` is the 31 March 2025 snapshot); the importer also accepts other dates when told
 * to, so a year without a 31 March snapshot falls back to its latest one.
 */
import type { PayGapPublication } from '@equality-hub/domain';

interface Dated {
  readonly snapshotDate: string;
}

/** The statutory snapshot date of a year (SI 2017/353: 31 March for public authorities). */
export const statutorySnapshotDate = (year: number) => `${String(year).padStart(4, '0')}-03-31`;

/** The 31 March snapshot of `year`, else the latest snapshot dated in that year; `null` when none is. */
export function snapshotOfYear<T extends Dated>(snapshots: readonly T[], year: number): T | null {
  const statutory = statutorySnapshotDate(year);
  const inYear = snapshots.filter((snapshot) => snapshot.snapshotDate.slice(0, 4) === statutory.slice(0, 4));
  return inYear.find((snapshot) => snapshot.snapshotDate === statutory) ?? latest(inYear);
}

/** The latest snapshot dated on or before `day`. */
export function latestSnapshotOn<T extends Dated>(snapshots: readonly T[], day: string): T | null {
  return latest(snapshots.filter((snapshot) => snapshot.snapshotDate <= day));
}

/**
 * The latest publication that was public on `day`: approved on or before it (a report judged on a past
 * day shows what was published then).
 */
export function latestPublicationOn(publications: readonly PayGapPublication[], day: string): PayGapPublication | null {
  return latest(publications.filter((publication) => publication.approvedOn <= day && publication.snapshotDate <= day));
}

function latest<T extends Dated>(items: readonly T[]): T | null {
  return items.reduce<T | null>((best, item) => (best === null || item.snapshotDate > best.snapshotDate ? item : best), null);
}
