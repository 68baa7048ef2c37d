/** How numbers, dates and GraphQL enum values read in the report. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2026-01-15 → "15 January 2026"; null → "—". */
export const longDate = (isoDate: string | null | undefined) => (isoDate ? DAY.format(new Date(`${isoDate}T00:00:00Z`)) : '—');

/** 12.5 → "12.5 %"; null → "—". */
export const percent = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(1)} %`);

/** A GraphQL enum name back to the vocabulary's value: ON_TRACK → on-track. */
export const vocabularyValue = (enumName: string) => enumName.toLowerCase().replace(/_/g, '-');

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
