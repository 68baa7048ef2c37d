/** Where a row is, for flags and errors. */
export interface RowLocation {
  /** "line 7", "table 1, row 3", "paragraph 2". */
  source: string;
  /** The line of a text file the row starts on; Word tables have none. */
  line?: number;
}

/** One row of the file as read, before any meaning is given to it. */
export interface SourceRow extends RowLocation {
  /** The cells' text. A paragraph outside a table is a row of one cell. */
  cells: string[];
}

export const isBlank = (row: SourceRow) => row.cells.every((cell) => cell.trim() === '');
