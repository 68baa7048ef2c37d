/**
 * Employer size bands of the government's gender pay gap service, as its public download writes them in
 * the EmployerSize column. The band is judged on the Trust's headcount of relevant employees on the
 * snapshot date: the Trust, not an academy, is the employer.
 */

export const EMPLOYER_SIZES = ['Less than 250', '250 to 499', '500 to 999', '1000 to 4999', '5000 to 19,999', '20,000 or more'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];

/** Lower bounds of the bands above the first, in the order of {@link EMPLOYER_SIZES}. */
const LOWER_BOUNDS = [250, 500, 1000, 5000, 20000] as const;

/** The gender pay gap service's EmployerSize band for a headcount. */
export function employerSize(headcount: number): EmployerSize {
  if (!Number.isInteger(headcount) || headcount < 0) throw new RangeError(`not a headcount: ${headcount}`);
  const band = LOWER_BOUNDS.filter((bound) => headcount >= bound).length;
  return EMPLOYER_SIZES[band]!;
}

/** The headcount from which the gender pay gap duty applies (SI 2017/353 Schedule 1: 250 or more employees). */
export const GENDER_PAY_GAP_THRESHOLD = 250;

/** The headcount from which employee information must be published (SI 2017/353 reg 4: 150 or more employees). */
export const EMPLOYEE_INFORMATION_THRESHOLD = 150;
