/**
 * Tab- and comma-separated tables. CSV follows RFC 4180 (Excel quotes cells that hold commas, quotes or
 * line breaks). Tab-separated text is read one line per row with no quoting, as Word's plain-text export
 * writes it: its cells may start with a quotation mark that is part of the text.
 */
import { parse } from 'csv-parse/sync';
import { ImportFileError } from './import-error';
import type { SourceRow } from './source-row';

export type Delimiter = ',' | '\t';

export function readDelimited(text: string, delimiter: Delimiter): SourceRow[] {
  try {
    const records = parse(text, {
      delimiter,
      quote: delimiter === ',' ? '"' : false,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    // `info.lines` is the line a record ends on; a quoted cell may span several lines before it.
    let nextLine = 1;
    return records.map(({ record, info }) => {
      const row = { source: `line ${nextLine}`, line: nextLine, cells: record };
      nextLine = info.lines + 1;
      return row;
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError(line ? { source: `line ${line}`, line } : null, `cannot read the ${delimiter === ',' ? 'comma' : 'tab'}-separated text: ${(error as Error).message}`);
  }
}
