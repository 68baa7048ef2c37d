/**
 * The plan's title and period from the lines above the table, such as "EQUALITY OBJECTIVES: 2020 - 2024"
 * or "Equality objectives 2021/22 – 2024/25". Years count as academic years (see dates.ts).
 */
import { readDates } from './dates';
import { tidy } from './cell-entries';
import type { RowLocation, SourceRow } from './source-row';

export interface Heading {
  /** Where the heading is, for flags. */
  at: RowLocation;
  title: string;
  period: { start: string; end: string } | null;
}

const TITLE_WORDS = /\bobjectives?\b/i;
const YEAR_RANGE = /\d{4}(?:\/\d{2,4})?\s*(?:[-–—]|\bto\b)\s*\d{4}(?:\/\d{2,4})?/;

/** Shouting headings ("EQUALITY OBJECTIVES: …") read better in sentence case. */
function sentenceCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function periodIn(text: string): Heading['period'] {
  const range = YEAR_RANGE.exec(text);
  if (!range) return null;
  const { dates } = readDates(range[0]);
  return dates.start && dates.end ? { start: dates.start, end: dates.end } : null;
}

/** The line above the header that names objectives and their years, or failing that either. */
export function readHeading(rowsAboveHeader: readonly SourceRow[]): Heading | null {
  const lines = rowsAboveHeader
    .map((row) => ({ at: { source: row.source, line: row.line }, text: tidy(row.cells.filter((cell) => cell.trim()).join(' ')) }))
    .filter((line) => line.text !== '');
  const titled = ({ text }: { text: string }) => TITLE_WORDS.test(text);
  const dated = ({ text }: { text: string }) => YEAR_RANGE.test(text);
  const line = lines.find((candidate) => titled(candidate) && dated(candidate)) ?? lines.find(titled) ?? lines.find(dated);
  if (!line) return null;
  return { at: line.at, title: sentenceCase(line.text), period: periodIn(line.text) };
}
