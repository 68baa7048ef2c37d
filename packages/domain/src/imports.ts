/**
 * What every file importer (payroll, objectives …) reports, on the command line and in the admin's
 * upload-and-preview page. A file is judged as a whole: any problem rejects it and nothing is written.
 */

/** A problem with an import file, naming where it is whenever it is in one place. */
export interface ImportProblem {
  /** The line of the file the record starts on (the header is line 1). */
  readonly row?: number;
  /** The column, by its header name. */
  readonly column?: string;
  readonly message: string;
}

/** `row 7, column sex: …`, for logs and the command line. */
export function describeImportProblem(problem: ImportProblem): string {
  const where = [problem.row === undefined ? null : `row ${problem.row}`, problem.column === undefined ? null : `column ${problem.column}`]
    .filter((part) => part !== null)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/**
 * The answer to an import's preview, whichever importer: what the file holds (`summary`, never the values
 * of individual rows) or, when it would be rejected, every problem found.
 */
export type ImportPreview<Summary> =
  | { readonly ok: true; readonly summary: Summary; readonly problems: readonly [] }
  | { readonly ok: false; readonly summary: null; readonly problems: readonly ImportProblem[] };
