/**
 * Records every successful write to the plugin's equality types in the audit trail: who, when, which
 * document and academy, and the names of the changed fields. The write and its entry share one
 * transaction, so there is never a change without its entry, and a refused or failed write leaves none.
 * Registered outside the other middlewares, so it sees the write as they let it through.
 */
import type { AuditActionValue } from '@equality-hub/domain';
import type { Modules } from '@strapi/strapi';
import { isContentUid } from '../constants';
import { changedFieldNames } from '../utils/changed-fields';
import { getService } from '../utils/get-service';
import { storedVersionOf } from './stored-version';

const RECORDED: Readonly<Record<string, AuditActionValue>> = {
  create: 'create',
  update: 'update',
  clone: 'clone',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard-draft',
  delete: 'delete',
};

const CHANGES_FIELDS = new Set<AuditActionValue>(['create', 'update', 'clone']);

type Row = Record<string, unknown> & { documentId?: string };

/** The document a write returned: the entry itself (create, update), or the first of its `entries`. */
function writtenRow(result: unknown): { documentId: string; row: Row } | null {
  if (!result || typeof result !== 'object') return null;
  const { entries } = result as { entries?: Row[] };
  const row = Array.isArray(entries) ? entries[0] : (result as Row);
  const documentId = (result as Row).documentId ?? row?.documentId;
  return row && documentId ? { documentId, row } : null;
}

export const recordWrites: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const { uid } = context;
  const action = RECORDED[context.action];
  if (!action || !isContentUid(uid)) return next();
  const params = context.params as { documentId?: string; data?: Record<string, unknown> };

  return strapi.db.transaction(async () => {
    const result = await next();
    const written = writtenRow(result);
    // Compared with the stored version the validation middleware read (update, clone), else as given.
    const changedFields = CHANGES_FIELDS.has(action) ? changedFieldNames(params.data, storedVersionOf(context)) : [];
    // An update that changes nothing (the Content Manager saves the form before it publishes) is no change.
    const noChange = action === 'update' && changedFields.length === 0;
    if (written && !noChange) {
      const note = action === 'clone' ? `Duplicated from ${params.documentId}` : undefined;
      await getService(strapi, 'audit').recordWrite({ uid, action, ...written, changedFields, note });
    }
    return result;
  });
};
