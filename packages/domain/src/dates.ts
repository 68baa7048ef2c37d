/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so that a report judged "as of" a day
 * gives the same answer on any machine and in any time zone.
 */

export type IsoDateString = string;

function parse(date: IsoDateString): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): IsoDateString {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDateString, months: number): IsoDateString {
  const start = parse(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return format(target);
}

export function addYears(date: IsoDateString, years: number): IsoDateString {
  return addMonths(date, years * 12);
}

export function addDays(date: IsoDateString, days: number): IsoDateString {
  const result = parse(date);
  result.setUTCDate(result.getUTCDate() + days);
  return format(result);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDateString, to: IsoDateString): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/** Today's date in UTC, or the date of the given instant. */
export function isoDate(instant: Date = new Date()): IsoDateString {
  return format(instant);
}

/** The English academic year (1 September to 31 August) a date falls in: 2024-10-01 → "2024/25". */
export function academicYearOf(date: IsoDateString): string {
  const year = Number(date.slice(0, 4));
  const startYear = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
