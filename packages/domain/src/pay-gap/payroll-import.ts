/**
 * What a payroll import shows and answers: head counts only, never anyone's pay. The plugin's admin
 * routes and command line return these shapes, and the admin's preview table reads them.
 */
import type { ImportPreview } from '../imports';
import type { PayRecord } from './records';

/** What a payroll file holds, by head count. */
export interface PayrollSummary {
  readonly rows: number;
  readonly men: number;
  readonly women: number;
  readonly fullPayRelevant: number;
  /** Rows per academy slug (`null`: the central team), in the order the file first names them. */
  readonly byAcademy: readonly { readonly academy: string | null; readonly rows: number }[];
}

export function summarisePayroll(records: readonly PayRecord[]): PayrollSummary {
  const byAcademy = new Map<string | null, number>();
  for (const record of records) byAcademy.set(record.academy, (byAcademy.get(record.academy) ?? 0) + 1);
  return {
    rows: records.length,
    men: records.filter((record) => record.sex === 'M').length,
    women: records.filter((record) => record.sex === 'F').length,
    fullPayRelevant: records.filter((record) => record.fullPayRelevant).length,
    byAcademy: [...byAcademy].map(([academy, rows]) => ({ academy, rows })),
  };
}

/** The snapshot a payroll import goes into, as it stands before the import. */
export interface PaySnapshotState {
  readonly snapshotDate: string;
  readonly exists: boolean;
  /** Its stored records, which an import replaces. */
  readonly recordCount: number;
  /** Set when Trust HR has approved it; an import clears the approval and its figures. */
  readonly approvedOn: string | null;
}

export interface PayImportSummary extends PayrollSummary {
  readonly snapshot: PaySnapshotState;
}

/** `POST /equality/pay-import/preview`, and `--dry-run` on the command line. */
export type PayImportPreview = ImportPreview<PayImportSummary>;

/** `POST /equality/pay-import`, and the command line's result. */
export interface PayImportResult extends PayrollSummary {
  readonly snapshotDocumentId: string;
  readonly snapshotDate: string;
  /** Records the import removed: the snapshot's previous import. */
  readonly replaced: number;
  /** Whether an approval (and its published figures) was withdrawn by the import. */
  readonly approvalCleared: boolean;
}
