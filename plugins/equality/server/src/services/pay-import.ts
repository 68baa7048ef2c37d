/**
 * Imports a payroll export (CSV) as the records of one pay snapshot, for the command line and the admin's
 * upload page alike.
 *
 * The whole file is checked first (@equality-hub/domain's parsePayrollCsv); one bad row and nothing is
 * written. A good file is written in one transaction, through the Document Service: the snapshot is
 * created or found, its previous records deleted and the new ones created, so a re-import replaces the
 * snapshot's records all at once or not at all. Re-importing an approved snapshot withdraws its approval
 * (approvedOn, approvedBy) and so its computed figures: figures approved for other data must not stand.
 *
 * Called inside an admin request, the writes run as that admin user, so tenancy still holds them to Trust
 * HR; called from the command line, they run as `system`.
 */
import {
  parsePayrollCsv,
  snapshotDateProblem,
  summarisePayroll,
  type ImportProblem,
  type PayImportPreview,
  type PayImportResult,
  type PayRecord,
  type PaySnapshotState,
} from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { asSystem } from '../utils/actor';
import { getService } from '../utils/get-service';

export interface PayImportInput {
  /** The file's text. */
  csv: string;
  /** YYYY-MM-DD; 31 March unless allowNonStatutoryDate. */
  snapshotDate: string;
  allowNonStatutoryDate?: boolean;
  /** The uploaded file's name, kept on the snapshot. */
  sourceFile?: string;
}

export type PayImportOutcome = { ok: true; result: PayImportResult } | { ok: false; problems: ImportProblem[] };

interface StoredSnapshot {
  documentId: string;
  approvedOn: string | null;
}

export const createPayImportService = ({ strapi }: { strapi: Core.Strapi }) => {
  const snapshots = () => strapi.documents(UID.PAY_SNAPSHOT);
  const records = () => strapi.documents(UID.PAY_RECORD);

  /** Every academy's documentId by slug: the slugs a file may name. */
  async function academiesBySlug(): Promise<Map<string, string>> {
    const academies = (await asSystem(() => strapi.documents(UID.ACADEMY).findMany({ fields: ['slug'] }))) as unknown as { documentId: string; slug: string }[];
    return new Map(academies.map((academy) => [academy.slug, academy.documentId]));
  }

  async function findSnapshot(snapshotDate: string): Promise<StoredSnapshot | null> {
    return (await snapshots().findFirst({ filters: { snapshotDate }, fields: ['approvedOn'] } as never)) as StoredSnapshot | null;
  }

  async function check(input: PayImportInput): Promise<{ ok: true; records: PayRecord[]; academies: Map<string, string> } | { ok: false; problems: ImportProblem[] }> {
    const dateProblem = snapshotDateProblem(input.snapshotDate, input);
    if (dateProblem) return { ok: false, problems: [dateProblem] };
    const academies = await academiesBySlug();
    const parsed = parsePayrollCsv(input.csv, { academies: [...academies.keys()] });
    return parsed.ok ? { ok: true, records: parsed.records, academies } : parsed;
  }

  async function replaceRecords(snapshotDocumentId: string): Promise<number> {
    const stored = await records().findMany({ filters: { snapshot: { documentId: snapshotDocumentId } }, fields: ['documentId'] } as never);
    for (const { documentId } of stored) await records().delete({ documentId });
    return stored.length;
  }

  return {
    /** What an import of this file would do; writes nothing, and tells no one's pay. */
    async preview(input: PayImportInput): Promise<PayImportPreview> {
      const checked = await check(input);
      if (!checked.ok) return { ok: false, summary: null, problems: checked.problems };
      const existing = await findSnapshot(input.snapshotDate);
      const snapshot: PaySnapshotState = {
        snapshotDate: input.snapshotDate,
        exists: existing !== null,
        recordCount: existing ? await records().count({ filters: { snapshot: { documentId: existing.documentId } } } as never) : 0,
        approvedOn: existing?.approvedOn ?? null,
      };
      return { ok: true, summary: { ...summarisePayroll(checked.records), snapshot }, problems: [] };
    },

    /** Imports the file as the snapshot's records, replacing any it had; nothing is written unless `ok`. */
    async importSnapshot(input: PayImportInput): Promise<PayImportOutcome> {
      const checked = await check(input);
      if (!checked.ok) return checked;
      const importedOn = new Date().toISOString();
      // One audit entry for the whole import, with counts, not one per document written.
      return strapi.db.transaction(() =>
        getService(strapi, 'audit').batch(async () => {
          const existing = await findSnapshot(input.snapshotDate);
          // Clearing the approval also clears the figures (document-middlewares/pay-approval.ts).
          const details = { importedOn, sourceFile: input.sourceFile ?? null, approvedOn: null, approvedBy: null };
          const snapshot = existing
            ? await snapshots().update({ documentId: existing.documentId, data: details } as never)
            : await snapshots().create({ data: { snapshotDate: input.snapshotDate, ...details } } as never);
          const replaced = existing ? await replaceRecords(existing.documentId) : 0;
          for (const { academy, ...record } of checked.records) {
            await records().create({ data: { ...record, snapshot: snapshot!.documentId, academy: academy ? checked.academies.get(academy) : null } } as never);
          }
          const result: PayImportResult = {
            ...summarisePayroll(checked.records),
            snapshotDocumentId: snapshot!.documentId,
            snapshotDate: input.snapshotDate,
            replaced,
            approvalCleared: !!existing?.approvedOn,
          };
          return { ok: true as const, result };
        }, ({ result }) => ({
          contentType: UID.PAY_SNAPSHOT,
          documentId: result.snapshotDocumentId,
          academyKey: null,
          note: `Payroll export${input.sourceFile ? ` ${input.sourceFile}` : ''} imported as the ${input.snapshotDate} snapshot`,
        })),
      );
    },
  };
};

export type PayImportService = ReturnType<typeof createPayImportService>;
