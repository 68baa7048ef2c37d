/**
 * The report's query string: `asOf` (YYYY-MM-DD, default today) is the day every rule is judged on;
 * `academicYear` (such as 2025/26, default the year `asOf` falls in) the year reported.
 */
import { academicYearOf, IsoDate, isoDate } from '@equality-hub/domain';
import { isAcademicYear } from '../academic-year';

export interface ReportParams {
  academicYear: string;
  asOf: string;
}

export type ParamsOutcome = { ok: true; params: ReportParams } | { ok: false; problem: string };

export function reportParams(query: Record<string, unknown>, today: string = isoDate()): ParamsOutcome {
  const { asOf, academicYear } = query;
  if (asOf !== undefined && (typeof asOf !== 'string' || !IsoDate.safeParse(asOf).success)) {
    return { ok: false, problem: 'asOf must be a calendar date written YYYY-MM-DD, such as 2026-01-15' };
  }
  if (academicYear !== undefined && (typeof academicYear !== 'string' || !isAcademicYear(academicYear))) {
    return { ok: false, problem: 'academicYear must name two consecutive years, such as 2025/26' };
  }
  const day = asOf ?? today;
  return { ok: true, params: { asOf: day, academicYear: academicYear ?? academicYearOf(day) } };
}

/** The query string that asks for the same report (for links to the other formats). */
export function reportQueryString(params: ReportParams): string {
  return new URLSearchParams({ academicYear: params.academicYear, asOf: params.asOf }).toString();
}
