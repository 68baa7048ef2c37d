/**
 * The audit trail is append-only. Through the Document Service it can only be read: every write is
 * refused, whoever asks (super admins hold every Content Manager permission, so RBAC alone cannot
 * refuse them); the audit service writes entries through the query engine, and the entry type's
 * lifecycles refuse changes there too, bar the retention job's deletions. Reads are held to the
 * reader's academies (the admin's RBAC condition does the same for the Content Manager), and the
 * content API never reads the trail: the restricted route reads it as `system`.
 */
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { asSystem, currentActor } from '../utils/actor';
import { getService } from '../utils/get-service';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

function forbid(message: string): never {
  throw new errors.ForbiddenError(message);
}

export const guardAuditTrail: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid !== UID.AUDIT_ENTRY) return next();
  if (!READS.has(context.action)) forbid('The audit trail is append-only: no one can create, change or delete its entries');
  const actor = currentActor(strapi);
  if (actor.kind === 'system') return next();
  if (actor.kind === 'content-api') forbid('The audit trail is not served on this route');

  const scope = await getService(strapi, 'tenancy').scopeOf(actor.user);
  if (scope === 'all') return next();
  const params = context.params as Record<string, any>;
  if (context.action === 'findOne') {
    const entry = (await asSystem(() => strapi.documents(UID.AUDIT_ENTRY).findOne({ documentId: params.documentId, fields: ['academyKey'] } as never))) as {
      academyKey: string | null;
    } | null;
    if (entry && !(entry.academyKey && scope.includes(entry.academyKey))) forbid("This entry is in another academy's trail");
    return next();
  }
  const own = { academyKey: { $in: scope } };
  params.filters = params.filters ? { $and: [params.filters, own] } : own;
  return next();
};
