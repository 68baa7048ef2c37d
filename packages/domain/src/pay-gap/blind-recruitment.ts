/**
 * The relative likelihood of White applicants being appointed from shortlisting compared with applicants
 * from ethnic minorities, as NHS Workforce Race Equality Standard indicator 2 measures it. A figure above
 * 1 means White shortlisted applicants are the more likely to be appointed.
 */
import { Ethnicity, type EthnicityValue } from './records';
import { roundHalfAwayFromZero } from './rounding';

/** Shortlisted and appointed applicants of one group. */
export interface ShortlistOutcome {
  readonly shortlisted: number;
  readonly appointed: number;
}

/** One row of an applicant breakdown by ethnicity; `null` where the applicant gave none. */
export interface EthnicityOutcome extends ShortlistOutcome {
  readonly ethnicity: EthnicityValue | null;
}

function check(outcome: ShortlistOutcome, group: string): void {
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  if (!whole(outcome.shortlisted) || !whole(outcome.appointed) || outcome.appointed > outcome.shortlisted) {
    throw new RangeError(`${group}: shortlisted and appointed must be whole numbers with appointed ≤ shortlisted`);
  }
}

/**
 * Adds up a breakdown into White applicants (every White group, White British or not, as WRES counts
 * them) and ethnic-minority applicants (every other recorded group). Applicants whose ethnicity is not
 * known, who preferred not to say, or who gave none are in neither.
 */
export function whiteAndEthnicMinorityOutcomes(rows: readonly EthnicityOutcome[]): {
  white: ShortlistOutcome;
  ethnicMinority: ShortlistOutcome;
} {
  const white = { shortlisted: 0, appointed: 0 };
  const ethnicMinority = { shortlisted: 0, appointed: 0 };
  for (const row of rows) {
    check(row, row.ethnicity ?? 'not recorded');
    if (row.ethnicity === null) continue;
    const group = Ethnicity.groupOf(row.ethnicity);
    const isWhite = row.ethnicity === 'white-british' || group === 'white-other-than-british';
    if (!isWhite && group === null) continue;
    const into = isWhite ? white : ethnicMinority;
    into.shortlisted += row.shortlisted;
    into.appointed += row.appointed;
  }
  return { white, ethnicMinority };
}

/** The relative likelihood, unrounded and to two decimal places as WRES publishes it (1.59 in 2023). */
export interface RelativeLikelihood {
  readonly value: number | null;
  readonly unrounded: number | null;
}

/**
 * (White appointed ÷ White shortlisted) ÷ (ethnic-minority appointed ÷ ethnic-minority shortlisted), after
 * WRES indicator 2. `null` when either group had nobody shortlisted or no ethnic-minority applicant was
 * appointed, since the ratio is then undefined.
 */
export function relativeLikelihoodOfAppointment(white: ShortlistOutcome, ethnicMinority: ShortlistOutcome): RelativeLikelihood {
  check(white, 'White applicants');
  check(ethnicMinority, 'ethnic-minority applicants');
  if (white.shortlisted === 0 || ethnicMinority.shortlisted === 0 || ethnicMinority.appointed === 0) {
    return { value: null, unrounded: null };
  }
  const unrounded = white.appointed / white.shortlisted / (ethnicMinority.appointed / ethnicMinority.shortlisted);
  return { value: roundHalfAwayFromZero(unrounded, 2), unrounded };
}
