/**
 * The ethnicity pay gap, following the GOV.UK voluntary guidance for employers (2023): the same method and
 * population as the gender pay gap's hourly figures, with White British as the reference group.
 */
import { MIN_PUBLISHED_COHORT } from '../suppression';
import { gapPercent, hourlyPay } from './gender-pay-gap';
import { describePayGapMethod, type PayGapMethod, type PayGapMethodStatement } from './method';
import { EthnicGroup, type EthnicGroupValue, Ethnicity, type EthnicityValue, type PayRecord } from './records';
import { roundFigure } from './rounding';
import type { Suppression } from './suppression';

/** A group's gap is shown only with at least 50 employees (GOV.UK ethnicity pay gap guidance, 2023). */
export const MIN_ETHNIC_GROUP_EMPLOYEES = 50;

/** The code of the row that compares every ethnic minority together with White British. */
export const ALL_ETHNIC_MINORITIES = 'all-ethnic-minorities';

/**
 * One row of the ethnicity pay gap: a single ethnic group of 50 or more; the smaller groups of one
 * high-level group combined; or all ethnic minorities together. `employees` is the number of full-pay
 * relevant employees the gaps are measured on.
 */
export interface EthnicityGapRow {
  readonly kind: 'ethnic-group' | 'combined-group' | 'all-ethnic-minorities';
  readonly code: EthnicityValue | EthnicGroupValue | typeof ALL_ETHNIC_MINORITIES;
  readonly label: string;
  readonly members: readonly EthnicityValue[];
  /** `null` when under 10 (a count under 10 is withheld). */
  readonly employees: number | null;
  readonly meanHourlyGapPercent: number | null;
  readonly medianHourlyGapPercent: number | null;
  readonly unrounded: { readonly meanHourlyGapPercent: number | null; readonly medianHourlyGapPercent: number | null };
}

export interface EthnicityPayGap {
  /** White British, the group every row is compared with. */
  readonly reference: { readonly ethnicity: 'white-british'; readonly employees: number };
  /** Full-pay relevant employees left out because no ethnic group is recorded for them. */
  readonly excluded: { readonly notKnown: number; readonly preferNotToSay: number; readonly notRecorded: number };
  readonly rows: readonly EthnicityGapRow[];
  readonly method: PayGapMethodStatement;
  readonly suppressed: readonly Suppression[];
}

interface Pay {
  readonly mean: number | null;
  readonly median: number | null;
}

function payOf(values: readonly number[]): Pay {
  if (values.length === 0) return { mean: null, median: null };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const middle = sorted.length >> 1;
  return {
    mean: sum / sorted.length,
    median: sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
  };
}

/**
 * The Trust's ethnicity pay gap (GOV.UK guidance, 2023): the mean and median hourly pay gap of each ethnic
 * group against White British, (White British − group) ÷ White British × 100, over full-pay relevant
 * employees, and of all ethnic minorities together (every recorded group except White British, White
 * minorities included). Employees whose ethnicity is not known, who preferred not to say, or for whom
 * nothing is recorded are left out and counted. A group is shown on its own only with at least 50
 * employees; the smaller groups of each high-level group are combined, and a combination still under 50
 * is shown without its gaps, which are withheld with the reason; a headcount under 10 is withheld too.
 * With fewer than 50 White British employees there is no reliable reference, and every gap is withheld.
 */
export function ethnicityPayGap(records: readonly PayRecord[], options: { readonly method: PayGapMethod }): EthnicityPayGap {
  const payByEthnicity = new Map<EthnicityValue, number[]>();
  const excluded = { notKnown: 0, preferNotToSay: 0, notRecorded: 0 };
  for (const record of records) {
    if (!record.fullPayRelevant) continue;
    if (record.ethnicity === null) excluded.notRecorded += 1;
    else if (record.ethnicity === 'not-known') excluded.notKnown += 1;
    else if (record.ethnicity === 'prefer-not-to-say') excluded.preferNotToSay += 1;
    else {
      const list = payByEthnicity.get(record.ethnicity);
      if (list) list.push(hourlyPay(record));
      else payByEthnicity.set(record.ethnicity, [hourlyPay(record)]);
    }
  }
  const paysOf = (members: readonly EthnicityValue[]) => members.flatMap((member) => payByEthnicity.get(member) ?? []);
  const headcount = (member: EthnicityValue) => payByEthnicity.get(member)?.length ?? 0;

  const referenceEmployees = headcount('white-british');
  const reference = payOf(paysOf(['white-british']));
  const suppressed: Suppression[] = [];

  const row = (
    kind: EthnicityGapRow['kind'],
    code: EthnicityGapRow['code'],
    label: string,
    members: readonly EthnicityValue[],
  ): EthnicityGapRow => {
    const pays = paysOf(members);
    const unrounded = { meanHourlyGapPercent: null, medianHourlyGapPercent: null };
    const reason =
      referenceEmployees < MIN_ETHNIC_GROUP_EMPLOYEES
        ? `fewer than ${MIN_ETHNIC_GROUP_EMPLOYEES} White British employees to compare with`
        : pays.length < MIN_ETHNIC_GROUP_EMPLOYEES
          ? `fewer than ${MIN_ETHNIC_GROUP_EMPLOYEES} employees in the group`
          : null;
    const fewPeople = pays.length < MIN_PUBLISHED_COHORT;
    if (fewPeople) suppressed.push({ field: `rows.${code}.employees`, reason: `a count under ${MIN_PUBLISHED_COHORT}` });
    const base = { kind, code, label, members, employees: fewPeople ? null : pays.length };
    if (reason !== null) {
      for (const field of ['meanHourlyGapPercent', 'medianHourlyGapPercent']) suppressed.push({ field: `rows.${code}.${field}`, reason });
      return { ...base, meanHourlyGapPercent: null, medianHourlyGapPercent: null, unrounded };
    }
    const pay = payOf(pays);
    const mean = gapPercent(reference.mean, pay.mean);
    const median = gapPercent(reference.median, pay.median);
    return {
      ...base,
      meanHourlyGapPercent: roundFigure(mean),
      medianHourlyGapPercent: roundFigure(median),
      unrounded: { meanHourlyGapPercent: mean, medianHourlyGapPercent: median },
    };
  };

  const rows: EthnicityGapRow[] = [];
  for (const group of EthnicGroup.values) {
    const members = Ethnicity.values.filter((value) => Ethnicity.groupOf(value) === group);
    const large = members.filter((member) => headcount(member) >= MIN_ETHNIC_GROUP_EMPLOYEES);
    // The combined row lists every member not shown on its own, present or not, so that its membership
    // never reveals that the Trust employs someone of a rare group.
    const small = members.filter((member) => headcount(member) < MIN_ETHNIC_GROUP_EMPLOYEES);
    for (const member of large) rows.push(row('ethnic-group', member, Ethnicity.label(member), [member]));
    if (small.length > 0) {
      const label = large.length > 0 ? `${EthnicGroup.label(group)}: other groups combined` : EthnicGroup.label(group);
      rows.push(row('combined-group', group, label, small));
    }
  }
  const minorities = Ethnicity.values.filter((value) => Ethnicity.groupOf(value) !== null);
  rows.push(row('all-ethnic-minorities', ALL_ETHNIC_MINORITIES, 'All ethnic minorities', minorities));

  return {
    reference: { ethnicity: 'white-british', employees: referenceEmployees },
    excluded,
    rows,
    method: describePayGapMethod(options.method),
    suppressed,
  };
}
