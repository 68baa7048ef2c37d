import { AuditAction, AuditActorType } from '@equality-hub/domain';
import { academyKey, enumeration, pluginOptions } from '../../utils/attributes';

/**
 * One change to the Trust's equality data: who, when, what, and the names (never the values) of the
 * fields changed. Written only by the plugin's audit service, never through the Document Service; no one
 * changes or deletes an entry but the retention job (document-middlewares/audit-append-only.ts). Plain
 * fields only, so that the Content Manager filters by academy, actor, type and date, and no deleted
 * user or academy can alter an entry through a relation.
 */
export default {
  kind: 'collectionType',
  collectionName: 'equality_audit_entries',
  info: {
    singularName: 'audit-entry',
    pluralName: 'audit-entries',
    displayName: 'Audit trail',
    description: 'Who changed what in the equality data, and when. Append-only.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    at: { type: 'datetime', required: true },
    actorType: enumeration(AuditActorType, { required: true }),
    /** The admin user's or API token's id. */
    actorId: { type: 'string' },
    /** The admin user's e-mail, the API token's name, or `system`. */
    actorName: { type: 'string', required: true },
    action: enumeration(AuditAction, { required: true }),
    /** The changed content type's UID; empty for an entry spanning types (the demo seed). */
    contentType: { type: 'string' },
    /** The changed document's documentId. */
    targetDocumentId: { type: 'string' },
    /** The slug of the academy the document belongs to; empty for Trust-level data. */
    academy: { type: 'string' },
    academyKey: academyKey(),
    changedFields: { type: 'json' },
    /** Bulk entries: how many documents of each type each action touched. */
    counts: { type: 'json' },
    note: { type: 'string' },
  },
} as const;
