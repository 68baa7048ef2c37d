/**
 * A snapshot's figures as the Trust approves and publishes them: everything computed once, when Trust HR
 * approves the snapshot, and the Trust-level part of it that the public may see (SI 2017/353 reg 2 and
 * Schedule 1: the six figures, on the Trust's website within 12 months of the snapshot date).
 */
import { addDays, addYears } from '../dates';
import { employerSize } from './employer-size';
import { ethnicityPayGap, type EthnicityPayGap } from './ethnicity-pay-gap';
import { genderPayGapReport, type GenderPayGapReport } from './gender-pay-gap';
import type { PayGapMethod } from './method';
import type { PayRecord } from './records';
import { workforceProfile, type WorkforceProfile } from './workforce-profile';

/** Public authorities take their snapshot on 31 March (SI 2017/353 reg 1(2)). */
export function isStatutorySnapshotDate(date: string): boolean {
  return /^\d{4}-03-31$/.test(date);
}

/** The last day to publish: 12 months after the snapshot date, so 30 March of the next year. */
export function publicationDeadline(snapshotDate: string): string {
  return addDays(addYears(snapshotDate, 1), -1);
}

/** Everything a snapshot's approval computes; Trust HR and executives see all of it. */
export interface SnapshotFigures {
  readonly genderPayGap: GenderPayGapReport;
  readonly ethnicityPayGap: EthnicityPayGap;
  readonly workforceProfile: WorkforceProfile;
}

export function snapshotFigures(records: readonly PayRecord[], method: PayGapMethod): SnapshotFigures {
  return {
    genderPayGap: genderPayGapReport(records, { method }),
    ethnicityPayGap: ethnicityPayGap(records, { method }),
    workforceProfile: workforceProfile(records),
  };
}

/**
 * The public part of an approved snapshot: the Trust's six figures and quarters (never suppressed), and
 * the suppressed workforce profile. No academy's pay figures and nothing about any one employee.
 */
export function publicationOf(snapshot: { snapshotDate: string; approvedOn: string; figures: SnapshotFigures }) {
  const trust = snapshot.figures.genderPayGap.trust;
  const { scope: _scope, academy: _academy, counts: _counts, unrounded: _unrounded, ...published } = trust;
  return {
    snapshotDate: snapshot.snapshotDate,
    snapshotYear: Number(snapshot.snapshotDate.slice(0, 4)),
    approvedOn: snapshot.approvedOn,
    publishBy: publicationDeadline(snapshot.snapshotDate),
    employerSize: employerSize(trust.relevantEmployees ?? 0),
    genderPayGap: published,
    workforceProfile: snapshot.figures.workforceProfile,
  };
}
