import type { IsoDateString } from '@equality-hub/domain';

/** The calendar date (YYYY-MM-DD) of an instant on the clocks of a time zone. */
export function dateIn(instant: Date, timeZone: string): IsoDateString {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
