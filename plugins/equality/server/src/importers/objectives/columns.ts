/**
 * The columns of the common objectives table and how their headers are recognised. Header wording varies
 * from school to school ("Link to Public Sector Equality Duty", "PSED link", "Who's responsible?",
 * "Target group(s): e.g. whole school, girls, …"), so each column is known by a few key words.
 */

export const COLUMN_KEYS = ['psedLink', 'characteristic', 'aim', 'objective', 'targetGroups', 'action', 'responsible', 'dates', 'milestones'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

interface Column {
  /** The header as the common table writes it, for messages. */
  label: string;
  matches: RegExp;
}

/**
 * In the order headers are tried against them: a header naming two columns ("Progress towards the
 * objective", "Who is responsible for the action") belongs to the one listed first.
 */
const COLUMNS: ReadonlyArray<[ColumnKey, Column]> = [
  ['psedLink', { label: 'Link to PSED', matches: /\bpsed\b|\bequality duty\b|\bgeneral duty\b|\baims? of (?:the )?duty\b/ }],
  ['characteristic', { label: 'Protected characteristic', matches: /\bcharacteristics?\b|\bstrands?\b/ }],
  ['responsible', { label: "Who's responsible", matches: /\bresponsib|\blead\b|\bwho\b|\bowners?\b|\bpersons?\b/ }],
  ['dates', { label: 'Dates', matches: /\bdates?\b|\btime ?scales?\b|\btime ?frames?\b|\bwhen\b|\bdeadlines?\b|\bby\b/ }],
  ['targetGroups', { label: 'Target group(s)', matches: /\btarget groups?\b|\bgroups?\b|\baudience\b/ }],
  ['milestones', { label: 'Milestone/progress', matches: /\bmilestones?\b|\bprogress\b|\bsuccess criteria\b|\bimpact\b|\boutcomes?\b|\bevidence\b/ }],
  ['action', { label: 'Action', matches: /\bactions?\b|\bsteps?\b|\bstrateg(?:y|ies)\b/ }],
  ['objective', { label: 'Objective', matches: /\bobjectives?\b/ }],
  ['aim', { label: 'Aim', matches: /^aims?\b/ }],
];

const LABELS = Object.fromEntries(COLUMNS.map(([key, column]) => [key, column.label])) as Record<ColumnKey, string>;

export const columnLabel = (key: ColumnKey) => LABELS[key];

/** Where each recognised column is, and the headers that were not recognised. */
export interface ColumnLayout {
  index: Partial<Record<ColumnKey, number>>;
  /** Columns up to the last non-empty header: cells beyond it have no header. */
  width: number;
  unrecognised: Array<{ index: number; header: string }>;
}

/** A header as compared: lower case, the words before any explanation after a colon, no punctuation. */
function headerWords(header: string): string {
  const lower = header.toLowerCase().replace(/\s+/g, ' ').trim();
  const beforeColon = lower.split(':')[0].trim();
  return (beforeColon || lower).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function matchColumns(cells: readonly string[]): ColumnLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const unrecognised: ColumnLayout['unrecognised'] = [];
  let width = 0;
  cells.forEach((header, position) => {
    const words = headerWords(header);
    if (!words) return;
    width = position + 1;
    const column = COLUMNS.find(([key, { matches }]) => index[key] === undefined && matches.test(words));
    if (column) index[column[0]] = position;
    else unrecognised.push({ index: position, header: header.trim() });
  });
  return { index, width, unrecognised };
}

/** Enough columns to be the header row: the objective and three more. */
export const MIN_RECOGNISED_COLUMNS = 4;

export function isHeaderRow(layout: ColumnLayout): boolean {
  return layout.index.objective !== undefined && Object.keys(layout.index).length >= MIN_RECOGNISED_COLUMNS;
}
