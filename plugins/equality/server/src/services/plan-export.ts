/**
 * Exports an academy's plan with its objectives, in one status (published, or the draft for staff), as
 * DOCX or PDF. Reads go through the Document Service, so tenancy applies to the admin export: an academy
 * editor reaches only their own academy's plans.
 */
import { Objective, ObjectivesPlan } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { UID } from '../constants';
import { exportFileName, planDocx, planExport, planPdf, type ExportStatus } from '../plan-export';

export type ExportFormat = 'docx' | 'pdf';

const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const RENDER = { docx: planDocx, pdf: planPdf } as const;

/** Lists Strapi stores as null until someone fills them in (JSON attributes), read as empty. */
const LIST_FIELDS = ['psedAims', 'protectedCharacteristics', 'targetGroups', 'actions', 'milestones'] as const;

function withEmptyLists(record: Record<string, unknown>) {
  return { ...record, ...Object.fromEntries(LIST_FIELDS.map((field) => [field, record[field] ?? []])) };
}

function parseStored<T extends z.ZodType>(schema: T, record: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ');
  throw new errors.ApplicationError(`${what} cannot be exported: ${problems}`);
}

export const createPlanExportService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The plan and its objectives in `status`; null when the plan has no version in that status. */
  async load(documentId: string, status: ExportStatus) {
    const plan = await strapi.documents(UID.PLAN).findOne({
      documentId,
      status,
      populate: { academy: { fields: ['name', 'slug', 'urn'] } },
    } as never);
    if (!plan) return null;
    const objectives = await strapi.documents(UID.OBJECTIVE).findMany({
      status,
      filters: { plan: { documentId } },
      populate: ['measure', 'actions', 'dates', 'milestones'],
      // Table order: the order the rows were entered (publishing keeps createdAt).
      sort: ['createdAt:asc', 'id:asc'],
    } as never);
    return {
      plan: parseStored(ObjectivesPlan, plan, `Plan ${documentId}`),
      objectives: (objectives as Record<string, unknown>[]).map((objective, index) =>
        parseStored(Objective, withEmptyLists(objective), `Objective ${index + 1} of plan ${documentId}`),
      ),
    };
  },

  /** The file, or null when the plan has no version in `status`. */
  async render(documentId: string, status: ExportStatus, format: ExportFormat) {
    const loaded = await this.load(documentId, status);
    if (!loaded) return null;
    return {
      fileName: exportFileName(loaded.plan, format),
      contentType: EXPORT_CONTENT_TYPES[format],
      body: await RENDER[format](planExport(loaded.plan, loaded.objectives, status)),
    };
  },
});

export type PlanExportService = ReturnType<typeof createPlanExportService>;
