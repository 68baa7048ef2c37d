/**
 * The state of a document's to-one relations after a write, for the checks that need it (validation,
 * tenancy and the academy key): the documentId each relation will point at.
 */
import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { readToOneRelationInput, resolveDocumentIds } from '../utils/relations';

/**
 * The documentId a to-one relation points at after a write: `null` when empty, `undefined` when the
 * input names nothing that exists.
 */
export async function relationAfterWrite(
  strapi: Core.Strapi,
  target: StrapiUid.ContentType,
  input: unknown,
  current: string | null,
): Promise<string | null | undefined> {
  const change = readToOneRelationInput(input, current ?? undefined);
  if (change === undefined) return current;
  if (change.references.length === 0) return null;
  const [documentId] = await resolveDocumentIds(strapi, target, change.references);
  return documentId;
}

/** The documentIds a stored document's to-one relations point at now. */
export async function currentRelations(
  strapi: Core.Strapi,
  uid: StrapiUid.ContentType,
  documentId: string | undefined,
  fields: readonly string[],
): Promise<Record<string, string | null>> {
  if (!documentId || fields.length === 0) return Object.fromEntries(fields.map((field) => [field, null]));
  const populate = Object.fromEntries(fields.map((field) => [field, { fields: ['documentId'] }]));
  const document = (await strapi.documents(uid).findOne({ documentId, populate } as never)) as Record<string, { documentId?: string } | null> | null;
  return Object.fromEntries(fields.map((field) => [field, document?.[field]?.documentId ?? null]));
}
