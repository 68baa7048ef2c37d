/**
 * Imports an academy's objectives table (tab- or comma-separated text, or a Word document) for the
 * command line and the admin's upload page alike: `preview` says what would be written, `importObjectives`
 * writes it.
 *
 * Everything is written as drafts, for staff to review and publish in the admin: by default a new plan
 * for the academy with the file's objectives, or the objectives appended to an existing plan of the same
 * academy (`planDocumentId`). The file is parsed and held to the rules before anything is written, and
 * the writes go through the Document Service in one transaction, so a file is imported whole or not at all.
 *
 * Called inside an admin request, the look-ups and writes run as that admin user, so tenancy holds an
 * academy editor to their own academy; called from the command line, they run as `system`.
 */
import { isoDate, type ImportProblem } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import {
  ImportFileError,
  objectiveDocument,
  parseObjectives,
  planDocument,
  type UploadedFile,
  type ObjectivesImportPreview,
  type ObjectivesImportResult,
  type ObjectivesPreview,
  type PreviewPlan,
} from '../importers/objectives';
import { getService } from '../utils/get-service';

export interface ObjectivesImportInput {
  academySlug: string;
  /** Append to this plan of the same academy instead of creating one. */
  planDocumentId?: string;
  /** The uploaded file: its name chooses the reader (.docx, .csv, .tsv or .txt). */
  file: UploadedFile;
}

export type ObjectivesImportOutcome = { ok: true; result: ObjectivesImportResult } | { ok: false; problems: ImportProblem[] };

interface StoredPlan extends PreviewPlan {
  documentId: string;
  academy: { documentId: string; slug: string; name: string } | null;
}

type Checked = { ok: true; academyDocumentId: string; planDocumentId: string | null; preview: ObjectivesPreview } | { ok: false; problems: ImportProblem[] };

const rejected = (message: string): Checked => ({ ok: false, problems: [{ message }] });

export const createObjectivesImportService = ({ strapi }: { strapi: Core.Strapi }) => {
  const plans = () => strapi.documents(UID.PLAN);
  const objectives = () => strapi.documents(UID.OBJECTIVE);

  async function check({ academySlug, planDocumentId, file }: ObjectivesImportInput): Promise<Checked> {
    const academy = (await strapi.documents(UID.ACADEMY).findFirst({ filters: { slug: academySlug }, fields: ['slug', 'name'] } as never)) as
      | { documentId: string }
      | null;
    if (!academy) return rejected(`no academy has the slug "${academySlug}"`);

    let plan: StoredPlan | null = null;
    if (planDocumentId) {
      plan = (await plans().findOne({
        documentId: planDocumentId,
        fields: ['title', 'periodStart', 'periodEnd'],
        populate: { academy: { fields: ['slug', 'name'] } },
      } as never)) as StoredPlan | null;
      if (!plan) return rejected(`no objectives plan has the documentId "${planDocumentId}"`);
      if (plan.academy?.documentId !== academy.documentId) {
        return rejected(`the plan "${plan.title}" (${planDocumentId}) belongs to ${plan.academy?.name ?? 'no academy'}, not to ${academySlug}`);
      }
    }

    try {
      const preview = parseObjectives(file, {
        academy: academySlug,
        today: isoDate(),
        plan: plan ? { title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd } : undefined,
      });
      return { ok: true, academyDocumentId: academy.documentId, planDocumentId: plan?.documentId ?? null, preview };
    } catch (error) {
      if (error instanceof ImportFileError) return { ok: false, problems: [error.toProblem()] };
      throw error;
    }
  }

  return {
    /** What an import of this file would write; writes nothing. */
    async preview(input: ObjectivesImportInput): Promise<ObjectivesImportPreview> {
      const checked = await check(input);
      return checked.ok ? { ok: true, summary: checked.preview, problems: [] } : { ok: false, summary: null, problems: checked.problems };
    },

    /** Writes the file's plan and objectives as drafts, all or nothing; nothing is written unless `ok`. */
    async importObjectives(input: ObjectivesImportInput): Promise<ObjectivesImportOutcome> {
      const checked = await check(input);
      if (!checked.ok) return checked;
      const { academyDocumentId, preview } = checked;
      // One audit entry for the whole import, with counts, not one per document written.
      return strapi.db.transaction(() =>
        getService(strapi, 'audit').batch(async () => {
          const planDocumentId =
            checked.planDocumentId ??
            (await plans().create({ data: { ...planDocument(preview.plan), academy: academyDocumentId } } as never)).documentId;
          const objectiveDocumentIds: string[] = [];
          for (const objective of preview.objectives) {
            const created = await objectives().create({ data: { ...objectiveDocument(objective), academy: academyDocumentId, plan: planDocumentId } } as never);
            objectiveDocumentIds.push(created.documentId);
          }
          return { ok: true as const, result: { preview, planDocumentId, planCreated: checked.planDocumentId === null, objectiveDocumentIds } };
        }, ({ result }) => ({
          contentType: UID.PLAN,
          documentId: result.planDocumentId,
          academyKey: academyDocumentId,
          note: `Objectives file ${input.file.name}`,
        })),
      );
    },
  };
};

export type ObjectivesImportService = ReturnType<typeof createObjectivesImportService>;
