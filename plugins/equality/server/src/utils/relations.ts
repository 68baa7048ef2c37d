/**
 * Reading Strapi 5's relation input. A to-one relation can be written as a documentId, an id,
 * `{ documentId }`, `{ id }`, a list of those, or `{ connect, disconnect, set }` with any of them inside.
 * Validation and tenancy both need the one question this answers: which document will the relation point
 * at once the write is done?
 */
import type { Core, UID as StrapiUid } from '@strapi/strapi';

type Reference = { id?: number; documentId?: string };

/** `undefined`: the write leaves the relation as it is. */
export type RelationChange = undefined | { references: Reference[] };

function toReference(item: unknown): Reference | undefined {
  if (typeof item === 'number') return { id: item };
  if (typeof item === 'string') return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (item && typeof item === 'object') {
    const { id, documentId } = item as Reference;
    if (documentId !== undefined) return { documentId: String(documentId) };
    if (id !== undefined) return { id: Number(id) };
  }
  return undefined;
}

function toReferences(value: unknown): Reference[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(toReference).filter((reference): reference is Reference => reference !== undefined);
}

/** What a write does to a to-one relation; `current` is the documentId it points at now, if any. */
export function readToOneRelationInput(input: unknown, current: string | undefined): RelationChange {
  if (input === undefined) return undefined;
  if (input === null) return { references: [] };
  if (typeof input === 'object' && !Array.isArray(input) && ('connect' in input || 'disconnect' in input || 'set' in input)) {
    const { connect, disconnect, set } = input as Record<string, unknown>;
    if (set !== undefined) return { references: toReferences(set).slice(-1) };
    const connected = connect === undefined ? [] : toReferences(connect);
    if (connected.length > 0) return { references: connected.slice(-1) };
    if (disconnect !== undefined && toReferences(disconnect).length > 0) {
      const removed = toReferences(disconnect);
      const removesCurrent = removed.some((reference) => reference.documentId === current || reference.id !== undefined);
      return removesCurrent ? { references: [] } : undefined;
    }
    return undefined;
  }
  return { references: toReferences(input).slice(-1) };
}

/**
 * The documentIds that references name, looking ids up in both the draft and the published rows (an id
 * names one row, and either may be given). Unknown references resolve to `undefined`.
 */
export async function resolveDocumentIds(
  strapi: Core.Strapi,
  target: StrapiUid.ContentType,
  references: Reference[],
): Promise<(string | undefined)[]> {
  const ids = references.flatMap((reference) => (reference.documentId === undefined && reference.id !== undefined ? [reference.id] : []));
  const documentIds = references.flatMap((reference) => (reference.documentId !== undefined ? [reference.documentId] : []));
  const filters = { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] };
  const statuses = strapi.getModel(target).options?.draftAndPublish ? (['draft', 'published'] as const) : (['published'] as const);
  const rows = (
    await Promise.all(statuses.map((status) => strapi.documents(target).findMany({ filters, status, fields: ['documentId'] })))
  ).flat() as Array<{ id: number; documentId: string }>;
  return references.map((reference) =>
    rows.find((row) => (reference.documentId !== undefined ? row.documentId === reference.documentId : row.id === reference.id))?.documentId,
  );
}
