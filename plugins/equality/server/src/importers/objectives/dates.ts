/**
 * The Dates column as people write it: "On-going", "Sept 2017– July 2018", "Jan 2021 - July 2021",
 * "Annually", "Sept 2020- ongoing", "Summer term 2019", "31/07/2019", "2020 - 2024".
 *
 * A bare year counts in academic years (1 September to 31 August), as schools plan: "2017 – 2021" runs
 * from 1 September 2017 to 31 August 2021, "2020/21" is one academic year. A single date with nothing
 * before it is a deadline ("July 2018": done by the end of July 2018); "from" makes it a start.
 */
import { Recurrence, type RecurrenceValue } from '@equality-hub/domain';
import type { PreviewDates } from './preview';

export interface DatesReading {
  dates: PreviewDates;
  /** Why the text could not be read, when it could not; the dates are then left empty. */
  problem: string | null;
}

interface Point {
  year: number | null;
  /** First and last month (1–12) the point covers: one month, or a term; null for an academic year. */
  months: [number, number] | null;
  day: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const TERMS: Record<string, [number, number]> = { autumn: [9, 12], spring: [1, 3], summer: [4, 7] };

const RECURRENCES: ReadonlyArray<[RecurrenceValue, RegExp]> = [
  ['termly', /\b(?:half[- ]?)?termly\b|\b(?:each|every|per) (?:half[- ])?term\b/],
  ['annually', /\bannual(?:ly)?\b|\byearly\b|\b(?:each|every|per) (?:academic )?year\b/],
];
const ONGOING = /\bon[- ]?going\b|\bcontinu(?:ous(?:ly)?|ing)\b|\bthroughout the year\b/;
const STARTS_AT = /\b(?:from|since|starting|beginning|commencing)\b/;

// One pattern for every way of writing a point in time; the named groups say which way it was.
const POINT = new RegExp(
  [
    String.raw`\b(?<dmyDay>\d{1,2})/(?<dmyMonth>\d{1,2})/(?<dmyYear>\d{4}|\d{2})\b`,
    String.raw`\b(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})\b`,
    String.raw`\b(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>${MONTH_NAME})\b\.?(?:\s+(?<monthYear>\d{4}))?`,
    String.raw`\b(?<term>autumn|spring|summer)(?:\s+term)?(?:\s+(?<termYear>\d{4}))?`,
    String.raw`\b(?<academicStart>\d{4})/(?<academicEnd>\d{2}|\d{4})\b`,
    String.raw`\b(?<year>\d{4})\b`,
  ].join('|'),
  'g',
);
// What may stand between and around points: range marks and joining words.
const FILLER = /\b(?:from|since|starting|beginning|commencing|by|until|till|before|to|and|in|the|end|start|of|term|academic|year)\b|[-–—,&()./\s]/g;

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function readPoint(groups: Record<string, string | undefined>): Point {
  const number = (value: string | undefined) => (value === undefined ? null : Number(value));
  if (groups.dmyDay) {
    const year = Number(groups.dmyYear);
    const month = Number(groups.dmyMonth);
    return { year: year < 100 ? 2000 + year : year, months: [month, month], day: Number(groups.dmyDay) };
  }
  if (groups.isoYear) {
    const month = Number(groups.isoMonth);
    return { year: Number(groups.isoYear), months: [month, month], day: Number(groups.isoDay) };
  }
  if (groups.month) {
    const month = MONTHS.indexOf(groups.month.slice(0, 3)) + 1;
    return { year: number(groups.monthYear), months: [month, month], day: number(groups.day) };
  }
  if (groups.term) return { year: number(groups.termYear), months: TERMS[groups.term], day: null };
  if (groups.academicStart) return { year: Number(groups.academicStart), months: null, day: null };
  return { year: Number(groups.year), months: null, day: null };
}

function startOf(point: Point): string {
  if (!point.months) return `${point.year}-09-01`;
  return `${point.year}-${pad(point.months[0])}-${pad(point.day ?? 1)}`;
}

/** The last day a point covers; a bare or academic year ends on 31 August of `academicEndYear`. */
function endOf(point: Point, academicEndYear = point.year!): string {
  if (!point.months) return `${academicEndYear}-08-31`;
  const [, month] = point.months;
  return `${point.year}-${pad(month)}-${pad(point.day ?? lastDayOf(point.year!, month))}`;
}

/** Gives a point written without a year the year that puts it on the right side of the other point. */
function withYear(point: Point, other: Point, side: 'start' | 'end'): Point {
  if (point.year !== null || other.year === null || !point.months || !other.months) return point;
  const before = point.months[0] > other.months[0];
  const year = side === 'start' ? (before ? other.year - 1 : other.year) : (point.months[0] < other.months[0] ? other.year + 1 : other.year);
  return { ...point, year };
}

function isValidPoint(point: Point): boolean {
  if (point.year === null) return false;
  if (!point.months) return true;
  const [first, last] = point.months;
  if (first < 1 || last > 12) return false;
  return point.day === null || (point.day >= 1 && point.day <= lastDayOf(point.year, last));
}

function emptyDates(text: string | null): PreviewDates {
  return { start: null, end: null, ongoing: false, recurrence: Recurrence.values[0], text };
}

export function readDates(written: string): DatesReading {
  const text = written.replace(/\s+/g, ' ').trim();
  if (!text) return { dates: emptyDates(null), problem: null };
  let rest = text.toLowerCase().replace(/[–—]/g, '-');

  const recurrence = RECURRENCES.find(([, pattern]) => pattern.test(rest))?.[0] ?? Recurrence.values[0];
  for (const [, pattern] of RECURRENCES) rest = rest.replace(pattern, ' ');
  const ongoingWritten = ONGOING.test(rest);
  rest = rest.replace(ONGOING, ' ');
  const startsAt = STARTS_AT.test(rest);

  const points = Array.from(rest.matchAll(POINT), (match) => {
    const groups = match.groups ?? {};
    return { point: readPoint(groups), academicEnd: groups.academicEnd ? Number(groups.academicStart) + 1 : null };
  });
  const unread = rest.replace(POINT, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const cannot = (problem: string): DatesReading => ({ dates: emptyDates(text), problem });
  if (unread) return cannot(`"${unread}" is not a date`);
  if (points.length > 2) return cannot('more than two dates');

  let start: string | null = null;
  let end: string | null = null;
  if (points.length === 2) {
    const first = withYear(points[0].point, points[1].point, 'start');
    const second = withYear(points[1].point, points[0].point, 'end');
    if (!isValidPoint(first) || !isValidPoint(second)) return cannot('a date without a year, or not a real date');
    start = startOf(first);
    end = endOf(second, points[1].academicEnd ?? second.year!);
  } else if (points.length === 1) {
    const [{ point, academicEnd }] = points;
    if (!isValidPoint(point)) {
      // "Annually in July": the month says when in the year, which the recurrence already carries.
      if (recurrence !== 'none' && point.year === null) return { dates: { ...emptyDates(text), ongoing: true, recurrence }, problem: null };
      return cannot('a date without a year, or not a real date');
    }
    if (academicEnd !== null) {
      start = startOf(point);
      end = endOf(point, academicEnd);
    } else if (startsAt || ongoingWritten || recurrence !== 'none') start = startOf(point);
    else end = endOf(point);
  } else if (!ongoingWritten && recurrence === 'none') {
    return cannot('no date in it');
  }
  if (start && end && end < start) return cannot(`it ends (${end}) before it starts (${start})`);

  // Something that recurs and has no end goes on, as "On-going" does.
  const ongoing = ongoingWritten || (recurrence !== 'none' && end === null);
  return { dates: { start, end, ongoing, recurrence, text }, problem: null };
}
