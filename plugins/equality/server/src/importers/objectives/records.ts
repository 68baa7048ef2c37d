/**
 * The data rows below the header, as one record per objective. A page break in Word splits a row: the
 * export then has a continuation row whose first two columns (PSED link, characteristic) are empty and
 * whose other cells carry the rest of the text. Each of its non-empty cells is appended to the same
 * column of the row above: a sentence fragment joins that column's last entry with a space, anything
 * else becomes a new entry (a new action, milestone or paragraph).
 */
import { cellEntries, continuesSentence, tidy } from './cell-entries';
import { COLUMN_KEYS, matchColumns, type ColumnKey, type ColumnLayout } from './columns';
import { ImportFileError } from './import-error';
import type { ImportFlag } from './preview';
import { isBlank, type RowLocation, type SourceRow } from './source-row';

/** One objective's cells; where it is, is the row it starts on. */
export interface ObjectiveRecord extends RowLocation {
  /** Each column's entries: its paragraphs and bullets, continuation rows included. */
  entries: Record<ColumnKey, string[]>;
}

/** The header repeated at the top of a page: the same columns in the same places. */
const repeatsHeader = (row: SourceRow, layout: ColumnLayout) =>
  JSON.stringify(matchColumns(row.cells).index) === JSON.stringify(layout.index);

function lastFilledCell(cells: readonly string[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) if (cells[index].trim()) return index + 1;
  return 0;
}

function rowEntries(row: SourceRow, layout: ColumnLayout): Record<ColumnKey, string[]> {
  return Object.fromEntries(
    COLUMN_KEYS.map((key) => {
      const index = layout.index[key];
      return [key, index === undefined ? [] : cellEntries(row.cells[index] ?? '')];
    }),
  ) as Record<ColumnKey, string[]>;
}

function appendContinuation(record: ObjectiveRecord, continuation: Record<ColumnKey, string[]>) {
  for (const key of COLUMN_KEYS) {
    const [first, ...rest] = continuation[key];
    if (first === undefined) continue;
    const entries = record.entries[key];
    const last = entries.length - 1;
    if (last >= 0 && continuesSentence(entries[last], first)) entries[last] = `${entries[last]} ${first}`;
    else entries.push(first);
    entries.push(...rest);
  }
}

export function collectRecords(
  header: SourceRow,
  layout: ColumnLayout,
  rowsBelow: readonly SourceRow[],
): { records: ObjectiveRecord[]; flags: ImportFlag[] } {
  const records: ObjectiveRecord[] = [];
  const flags: ImportFlag[] = [];
  for (const row of rowsBelow) {
    // Blank lines, and the header repeated at the top of each page.
    if (isBlank(row) || repeatsHeader(row, layout)) continue;
    if (row.cells.length === 1) {
      flags.push({ row: row.source, field: 'file', text: tidy(row.cells[0]), message: 'text outside the table: not imported' });
      continue;
    }
    const filled = lastFilledCell(row.cells);
    if (filled > layout.width) {
      throw new ImportFileError(row, `this row has ${filled} cells but the header row (${header.source}) has ${layout.width} columns`);
    }
    const entries = rowEntries(row, layout);
    const continues = records.length > 0 && !row.cells[0]?.trim() && !row.cells[1]?.trim();
    if (continues) appendContinuation(records[records.length - 1], entries);
    else records.push({ source: row.source, line: row.line, entries });
  }
  return { records, flags };
}
