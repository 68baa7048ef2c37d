/**
 * The admin's payroll import (routes/admin.ts): a preview of the uploaded file, then the import itself.
 * Both answer with head counts only, never anyone's pay. A rejected file is a 400 whose details list
 * every problem by row and column; nothing is written.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import type { PayImportInput } from '../services/pay-import';
import { getService } from '../utils/get-service';
import { readUpload, rejectedFile } from '../utils/upload';

const PayImportFields = z.object({
  snapshotDate: z.string({ error: 'snapshotDate (YYYY-MM-DD) is required' }),
  // A JSON body sends a boolean, a multipart form the text "true" or "false".
  allowNonStatutoryDate: z.union([z.boolean(), z.stringbool()]).default(false),
});

async function readInput(ctx: Context): Promise<PayImportInput> {
  const { file, fields } = await readUpload(ctx);
  const parsed = PayImportFields.safeParse(fields);
  if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return { ...parsed.data, csv: file.content.toString('utf8'), sourceFile: file.name };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /equality/pay-import/preview */
  async preview(ctx: Context) {
    ctx.body = await getService(strapi, 'pay-import').preview(await readInput(ctx));
  },

  /** POST /equality/pay-import */
  async importSnapshot(ctx: Context) {
    const outcome = await getService(strapi, 'pay-import').importSnapshot(await readInput(ctx));
    if (!outcome.ok) throw rejectedFile(outcome.problems);
    ctx.body = outcome.result;
  },
});
