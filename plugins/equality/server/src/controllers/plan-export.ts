/**
 * An academy's plan with its objectives as DOCX or PDF for the governors' pack. The public actions serve
 * the published version only; the admin ones (routes/admin.ts) serve the draft with `?status=draft`.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import type { ExportStatus } from '../plan-export';
import type { ExportFormat } from '../services/plan-export';
import { getService } from '../utils/get-service';

const AdminExportQuery = z.object({
  status: z.enum(['published', 'draft'], { error: 'status must be "published" or "draft"' }).default('published'),
});

function adminStatus(ctx: Context): ExportStatus {
  const parsed = AdminExportQuery.safeParse(ctx.query);
  if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data.status;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function send(ctx: Context, format: ExportFormat, status: ExportStatus) {
    const file = await getService(strapi, 'plan-export').render(ctx.params.id, status, format);
    if (!file) throw new errors.NotFoundError(`No ${status} plan with that id`);
    ctx.type = file.contentType;
    ctx.attachment(file.fileName);
    ctx.body = file.body;
  }

  return {
    /** GET /api/equality/plans/:id/export.docx */
    docx: (ctx: Context) => send(ctx, 'docx', 'published'),
    /** GET /api/equality/plans/:id/export.pdf */
    pdf: (ctx: Context) => send(ctx, 'pdf', 'published'),
    /** GET /equality/plans/:id/export.docx?status=draft|published (admin) */
    adminDocx: (ctx: Context) => send(ctx, 'docx', adminStatus(ctx)),
    /** GET /equality/plans/:id/export.pdf?status=draft|published (admin) */
    adminPdf: (ctx: Context) => send(ctx, 'pdf', adminStatus(ctx)),
  };
};
