/**
 * The audit trail's only writer. Each entry is one insert through the query engine, below the Document
 * Service, whose middleware refuses every write to the trail (document-middlewares/audit-append-only.ts):
 * the one plugin type written past the Document Service, by design.
 *
 * Bulk work (an import, the demo seed) runs in a `batch`: its writes are counted by type and action
 * instead of being recorded one by one, and one entry with the counts is written when the work succeeds,
 * so a payroll import of hundreds of records is one entry, and a failed import none.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  AuditEntryRow,
  type AuditActionValue,
  type AuditActorTypeValue,
  type AuditCount,
  type AuditTrailQuery,
} from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { UID, type ContentUid } from '../constants';
import { TENANT_TYPES } from '../permissions/roles';
import { asSystem, currentActor, type Actor } from '../utils/actor';
import { auditFilters } from '../utils/audit-filters';

/** What an entry says happened, beside who and when. */
export interface AuditRecord {
  action: AuditActionValue;
  contentType: string | null;
  documentId: string | null;
  /** The documentId of the academy the document belongs to; null for Trust-level data. */
  academyKey: string | null;
  /** The academy's slug when the write itself tells it (an academy's own write, even its deletion). */
  academySlug?: string;
  /** Field names only, never values. */
  changedFields: readonly string[];
  counts?: readonly AuditCount[];
  note?: string | null;
}

/** One Document Service write, as the recording middleware saw it succeed. */
export interface DocumentWrite {
  uid: ContentUid;
  action: AuditActionValue;
  documentId: string;
  /** The row the write returned, for the academyKey it carries. */
  row: Record<string, unknown>;
  changedFields: readonly string[];
  note?: string;
}

/** The one entry a batch ends with: what the bulk work was about. */
export type BatchSummary = Omit<AuditRecord, 'changedFields' | 'counts' | 'action'> & { action?: AuditActionValue };

interface Batch {
  counts: Map<string, AuditCount>;
  fields: Map<string, Set<string>>;
}

const batches = new AsyncLocalStorage<Batch>();

/** Academy slugs by documentId, reread after a write to an academy or on a miss. */
const SLUG_CACHE_MS = 5 * 60_000;

function actorColumns(actor: Actor): { actorType: AuditActorTypeValue; actorId: string | null; actorName: string } {
  switch (actor.kind) {
    case 'system':
      return { actorType: 'system', actorId: null, actorName: 'system' };
    case 'admin':
      return { actorType: 'admin', actorId: String(actor.user.id), actorName: actor.user.email };
    case 'content-api': {
      const { id, name } = actor.credentials ?? {};
      return { actorType: 'api-token', actorId: id === undefined ? null : String(id), actorName: name ?? actor.strategy };
    }
  }
}

type StoredEntry = Record<string, any>;

function toRow(entry: StoredEntry): AuditEntryRow {
  return AuditEntryRow.parse({
    id: entry.documentId,
    at: new Date(entry.at).toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    actorName: entry.actorName,
    action: entry.action,
    contentType: entry.contentType ?? null,
    documentId: entry.targetDocumentId ?? null,
    academy: entry.academy ?? null,
    changedFields: entry.changedFields ?? [],
    counts: entry.counts ?? [],
    note: entry.note ?? null,
  });
}

export const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = () => strapi.db.query(UID.AUDIT_ENTRY);
  let slugs: { byKey: Map<string, string>; readAt: number } | null = null;

  async function slugOf(academyKey: string | null): Promise<string | null> {
    if (!academyKey) return null;
    const fresh = slugs && Date.now() - slugs.readAt < SLUG_CACHE_MS && slugs.byKey.has(academyKey);
    if (!fresh) {
      const academies = (await asSystem(() => strapi.documents(UID.ACADEMY).findMany({ fields: ['slug'] }))) as unknown as Array<{
        documentId: string;
        slug: string;
      }>;
      slugs = { byKey: new Map(academies.map((academy) => [academy.documentId, academy.slug])), readAt: Date.now() };
    }
    return slugs!.byKey.get(academyKey) ?? null;
  }

  /** The academy a written document belongs to: its own for an academy, its academyKey for tenant types. */
  async function academyKeyOf(uid: ContentUid, documentId: string, row: Record<string, unknown>): Promise<string | null> {
    if (uid === UID.ACADEMY) return documentId;
    if (!(TENANT_TYPES as readonly string[]).includes(uid)) return null;
    if ('academyKey' in row) return (row.academyKey as string | null) ?? null;
    // The caller asked for some fields only: read the key.
    const stored = (await asSystem(() => strapi.documents(uid).findOne({ documentId, fields: ['academyKey'] } as never))) as {
      academyKey?: string | null;
    } | null;
    return stored?.academyKey ?? null;
  }

  async function record(entry: AuditRecord, at: Date = new Date(), actor: Actor = currentActor(strapi)): Promise<void> {
    await entries().createMany({
      data: [
        {
          at,
          publishedAt: at,
          ...actorColumns(actor),
          action: entry.action,
          contentType: entry.contentType,
          targetDocumentId: entry.documentId,
          academy: entry.academySlug ?? (await slugOf(entry.academyKey)),
          academyKey: entry.academyKey,
          changedFields: [...entry.changedFields],
          counts: entry.counts ? [...entry.counts] : null,
          note: entry.note ?? null,
        },
      ],
    });
  }

  function tally(batch: Batch, write: DocumentWrite) {
    const key = `${write.uid}|${write.action}`;
    const count = batch.counts.get(key) ?? { contentType: write.uid, action: write.action, count: 0 };
    batch.counts.set(key, { ...count, count: count.count + 1 });
    const fields = batch.fields.get(write.uid) ?? new Set<string>();
    for (const field of write.changedFields) fields.add(field);
    batch.fields.set(write.uid, fields);
  }

  return {
    record,

    /** Records a write the Document Service has just made; inside a batch, counts it instead. */
    async recordWrite(write: DocumentWrite): Promise<void> {
      if (write.uid === UID.ACADEMY) slugs = null;
      const batch = batches.getStore();
      if (batch) return tally(batch, write);
      const academyKey = await academyKeyOf(write.uid, write.documentId, write.row);
      const academySlug = write.uid === UID.ACADEMY && typeof write.row.slug === 'string' ? write.row.slug : undefined;
      const { uid: contentType, documentId, changedFields, note, action } = write;
      await record({ action, contentType, documentId, academyKey, academySlug, changedFields, note });
    },

    /**
     * Runs bulk work, counting its writes, then records one entry (action `import` unless the summary
     * says otherwise): the counts by type and action, and the names of the fields written to the
     * summary's own content type. Nothing is recorded if the work throws.
     */
    async batch<T>(work: () => Promise<T>, summarise: (result: T) => BatchSummary): Promise<T> {
      const batch: Batch = { counts: new Map(), fields: new Map() };
      const result = await batches.run(batch, work);
      const { action = 'import', ...summary } = summarise(result);
      const fields = summary.contentType ? batch.fields.get(summary.contentType) : undefined;
      await record({ ...summary, action, changedFields: [...(fields ?? [])].sort(), counts: [...batch.counts.values()] });
      return result;
    },

    /** One page of the trail, oldest first, for the restricted route. */
    async list(query: AuditTrailQuery, paging: { page: number; pageSize: number }): Promise<{ rows: AuditEntryRow[]; total: number }> {
      const where = auditFilters(query);
      const [stored, total] = await Promise.all([
        entries().findMany({ where, orderBy: [{ at: 'asc' }, { id: 'asc' }], offset: (paging.page - 1) * paging.pageSize, limit: paging.pageSize }),
        entries().count({ where }),
      ]);
      return { rows: stored.map(toRow), total };
    },
  };
};

export type AuditService = ReturnType<typeof createAuditService>;
