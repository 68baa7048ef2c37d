/**
 * The file an admin import route receives: a multipart upload in the field `file` (what the admin's
 * upload page sends), or the file's text in the field `text` of a JSON or multipart body. The other
 * fields of the body are the import's options.
 */
import fs from 'node:fs/promises';
import { errors } from '@strapi/utils';
import type { ImportProblem } from '@equality-hub/domain';
import type { Context } from 'koa';
import type { ImportFile } from '../importers/command';

/** Payroll exports and objectives tables are far smaller; this keeps a mistaken upload from being read into memory. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A multipart file as Strapi's body parser (koa-body, formidable) leaves it. */
interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

export interface Upload {
  file: ImportFile;
  fields: Record<string, unknown>;
}

const tooLarge = () => new errors.PayloadTooLargeError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);

async function readUploadedFile(uploaded: UploadedFile): Promise<ImportFile> {
  try {
    if (uploaded.size > MAX_UPLOAD_BYTES) throw tooLarge();
    return { name: uploaded.originalFilename || 'upload', content: await fs.readFile(uploaded.filepath) };
  } finally {
    // Strapi removes uploads in the field `files` only.
    await fs.rm(uploaded.filepath, { force: true });
  }
}

export async function readUpload(ctx: Context): Promise<Upload> {
  const { text, fileName, ...fields } = (ctx.request.body ?? {}) as Record<string, unknown>;
  const uploaded = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files?.file;
  if (Array.isArray(uploaded)) throw new errors.ValidationError('Send one file at a time');
  if (uploaded) return { file: await readUploadedFile(uploaded), fields };
  if (typeof text === 'string') {
    const content = Buffer.from(text, 'utf8');
    if (content.length > MAX_UPLOAD_BYTES) throw tooLarge();
    return { file: { name: typeof fileName === 'string' && fileName ? fileName : 'upload', content }, fields };
  }
  throw new errors.ValidationError('Send the file as the multipart field "file", or its text as the field "text"');
}

/** The 400 of an import route whose file was rejected: every problem, by row and column, in its details. */
export function rejectedFile(problems: readonly ImportProblem[]): errors.ValidationError {
  const count = problems.length;
  return new errors.ValidationError(`The file was rejected (${count} problem${count === 1 ? '' : 's'}); nothing was written`, { problems });
}
