import type { ImportProblem } from '@equality-hub/domain';
import type { RowLocation } from './source-row';

/** A file the importer refuses, with the row at fault named first in the message. */
export class ImportFileError extends Error {
  /** "line 7", "table 1, row 3"; null when the fault is in the file as a whole. */
  readonly row: string | null;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(at: RowLocation | null, reason: string) {
    super(at ? `${at.source}: ${reason}` : reason);
    this.name = 'ImportFileError';
    this.row = at?.source ?? null;
    this.line = at?.line;
    this.reason = reason;
  }

  /** As every importer reports a problem: by line number where there is one, else by place in the message. */
  toProblem(): ImportProblem {
    return this.line === undefined ? { message: this.message } : { row: this.line, message: this.reason };
  }
}
