/**
 * The blind-recruitment rollout for one academic year (1 September to 31 August), from the Trust's
 * vacancies and rollout statuses: per academy and Trust-wide, the share of vacancies shortlisted
 * anonymously (fully or partly anonymised: names hidden from the shortlisting panel either way) and of
 * panels with a trained member; each academy's rollout status; the Trust-wide share year by year; and,
 * where applicant breakdowns by ethnicity exist, the relative likelihood of White shortlisted applicants
 * being appointed compared with ethnic-minority ones (after NHS WRES indicator 2).
 *
 * A vacancy belongs to the academic year its `openedOn` falls in.
 */
import {
  academicYearOf,
  inTrustOn,
  MIN_PUBLISHED_COHORT,
  relativeLikelihoodOfAppointment,
  roundHalfAwayFromZero,
  ShortlistingMethod,
  whiteAndEthnicMinorityOutcomes,
  type RecruitmentRolloutRow,
  type RolloutStatusValue,
  type ShortlistingMethodValue,
  type ShortlistOutcome,
  type Suppression,
  type VacancyRow,
} from '@equality-hub/domain';
import { academicYearBounds, academicYearsBetween } from '../academic-year';

export interface RecruitmentAcademy {
  readonly urn: string;
  readonly name: string;
}

/** An academy of the Trust, with when it joined and left (either may be unknown). */
export interface TrustAcademy extends RecruitmentAcademy {
  readonly joinedOn?: string | null;
  readonly leftOn?: string | null;
}

export interface VacancyShares {
  readonly vacancies: number;
  /** Fully or partly anonymised at shortlisting. */
  readonly anonymisedVacancies: number;
  /** `null` without vacancies. */
  readonly anonymisedPercent: number | null;
  readonly panelsTrained: number;
  readonly panelTrainedPercent: number | null;
  readonly byMethod: readonly { readonly method: ShortlistingMethodValue; readonly count: number }[];
}

export interface AcademyRecruitment extends VacancyShares, RecruitmentAcademy {
  /** The status in force on the reference day; `not-started` when none is recorded. */
  readonly rolloutStatus: RolloutStatusValue;
  readonly rollout: RecruitmentRolloutRow | null;
}

export interface RelativeLikelihoodSummary {
  /** Vacancies of the year with an applicant breakdown by ethnicity. */
  readonly vacancies: number;
  /** Two decimal places; `null` when withheld (see `suppressed`) or undefined (no ethnic-minority appointment). */
  readonly value: number | null;
  readonly white: { readonly shortlisted: number | null; readonly appointed: number | null };
  readonly ethnicMinority: { readonly shortlisted: number | null; readonly appointed: number | null };
  readonly suppressed: readonly Suppression[];
}

export interface BlindRecruitmentSummary extends VacancyShares {
  readonly academicYear: string;
  readonly from: string;
  readonly to: string;
  /** The day rollout statuses are read on: the year's last day, or `asOf` if earlier. */
  readonly statusOn: string;
  readonly academies: readonly AcademyRecruitment[];
  /** Each academic year from the first vacancy's to this one. */
  readonly trend: readonly ({ readonly academicYear: string } & VacancyShares)[];
  /** `null` when no vacancy of the year has an applicant breakdown by ethnicity. */
  readonly relativeLikelihood: RelativeLikelihoodSummary | null;
}

export interface BlindRecruitmentInput {
  /** Validated, such as "2025/26". */
  readonly academicYear: string;
  readonly asOf: string;
  readonly vacancies: readonly VacancyRow[];
  readonly rollouts: readonly RecruitmentRolloutRow[];
  /** The academies to list, in order, if in the Trust on the status day; academies with vacancies in the year are added. */
  readonly academies: readonly TrustAcademy[];
}

const percent = (part: number, whole: number) => (whole === 0 ? null : roundHalfAwayFromZero((part / whole) * 100));

export function vacancyShares(vacancies: readonly VacancyRow[]): VacancyShares {
  const anonymised = vacancies.filter((vacancy) => vacancy.shortlistingMethod !== 'named').length;
  const trained = vacancies.filter((vacancy) => vacancy.panelTrained).length;
  return {
    vacancies: vacancies.length,
    anonymisedVacancies: anonymised,
    anonymisedPercent: percent(anonymised, vacancies.length),
    panelsTrained: trained,
    panelTrainedPercent: percent(trained, vacancies.length),
    byMethod: ShortlistingMethod.values.map((method) => ({
      method,
      count: vacancies.filter((vacancy) => vacancy.shortlistingMethod === method).length,
    })),
  };
}

/** The Trust-wide shares of each academic year from `first` to `last`, a vacancy counting in the year it opened. */
export function sharesByAcademicYear(vacancies: readonly VacancyRow[], first: string, last: string): ({ academicYear: string } & VacancyShares)[] {
  return academicYearsBetween(first, last).map((academicYear) => ({
    academicYear,
    ...vacancyShares(vacancies.filter((vacancy) => academicYearOf(vacancy.openedOn) === academicYear)),
  }));
}

/** The status row in force on `day`: the latest one that started on or before it. */
function rolloutOn(rollouts: readonly RecruitmentRolloutRow[], day: string): RecruitmentRolloutRow | null {
  return rollouts
    .filter((rollout) => rollout.since <= day)
    .reduce<RecruitmentRolloutRow | null>((best, rollout) => (best === null || rollout.since > best.since ? rollout : best), null);
}

/**
 * The relative likelihood over the year's applicant breakdowns. Shortlisted and appointed counts under
 * 10 are withheld, and the likelihood too when either group has fewer than 10 shortlisted (a ratio needs
 * a base of 10). Throws naming the vacancy when a breakdown has more appointed than shortlisted.
 */
export function relativeLikelihoodSummary(vacancies: readonly VacancyRow[]): RelativeLikelihoodSummary | null {
  const withBreakdown = vacancies.filter((vacancy) => (vacancy.applicantBreakdown?.byEthnicity.length ?? 0) > 0);
  if (withBreakdown.length === 0) return null;
  const white = { shortlisted: 0, appointed: 0 };
  const ethnicMinority = { shortlisted: 0, appointed: 0 };
  for (const vacancy of withBreakdown) {
    let outcomes: ReturnType<typeof whiteAndEthnicMinorityOutcomes>;
    try {
      outcomes = whiteAndEthnicMinorityOutcomes(vacancy.applicantBreakdown!.byEthnicity);
    } catch (error) {
      throw new RangeError(`vacancy ${vacancy.documentId} ("${vacancy.title}"): ${(error as Error).message}`);
    }
    for (const [into, from] of [[white, outcomes.white], [ethnicMinority, outcomes.ethnicMinority]] as const) {
      into.shortlisted += from.shortlisted;
      into.appointed += from.appointed;
    }
  }
  const suppressed: Suppression[] = [];
  const shown = (group: 'white' | 'ethnicMinority', outcome: ShortlistOutcome) => {
    const count = (field: 'shortlisted' | 'appointed') => {
      if (outcome[field] >= MIN_PUBLISHED_COHORT) return outcome[field];
      suppressed.push({ field: `${group}.${field}`, reason: `a count under ${MIN_PUBLISHED_COHORT}` });
      return null;
    };
    return { shortlisted: count('shortlisted'), appointed: count('appointed') };
  };
  const tooFew = white.shortlisted < MIN_PUBLISHED_COHORT || ethnicMinority.shortlisted < MIN_PUBLISHED_COHORT;
  if (tooFew) {
    suppressed.unshift({ field: 'value', reason: `fewer than ${MIN_PUBLISHED_COHORT} White or ethnic-minority applicants shortlisted` });
  }
  return {
    vacancies: withBreakdown.length,
    value: tooFew ? null : relativeLikelihoodOfAppointment(white, ethnicMinority).value,
    white: shown('white', white),
    ethnicMinority: shown('ethnicMinority', ethnicMinority),
    suppressed,
  };
}

export function blindRecruitment(input: BlindRecruitmentInput): BlindRecruitmentSummary {
  const { from, to } = academicYearBounds(input.academicYear);
  const statusOn = input.asOf < to ? input.asOf : to;
  const inYear = input.vacancies.filter((vacancy) => vacancy.openedOn >= from && vacancy.openedOn <= to);

  const listed = new Map<string, RecruitmentAcademy>(
    input.academies.filter((academy) => inTrustOn(academy, statusOn)).map(({ urn, name }) => [urn, { urn, name }]),
  );
  for (const vacancy of inYear) {
    if (!listed.has(vacancy.academy.urn)) listed.set(vacancy.academy.urn, { urn: vacancy.academy.urn, name: vacancy.academy.name });
  }
  const academies = [...listed.values()].map((academy): AcademyRecruitment => {
    const rollout = rolloutOn(input.rollouts.filter((row) => row.academy.urn === academy.urn), statusOn);
    return {
      ...academy,
      ...vacancyShares(inYear.filter((vacancy) => vacancy.academy.urn === academy.urn)),
      rolloutStatus: rollout?.status ?? 'not-started',
      rollout,
    };
  });

  const earliest = input.vacancies.reduce((first, vacancy) => (vacancy.openedOn < first ? vacancy.openedOn : first), from);
  const trend = sharesByAcademicYear(input.vacancies, academicYearOf(earliest), input.academicYear);

  return {
    academicYear: input.academicYear,
    from,
    to,
    statusOn,
    ...vacancyShares(inYear),
    academies,
    trend,
    relativeLikelihood: relativeLikelihoodSummary(inYear),
  };
}
