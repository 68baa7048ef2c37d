/**
 * Academy tenancy for every Document Service call, whatever route it comes from. RBAC conditions alone
 * leave holes (they check an entry as it was, never where a write moves it; clone checks only create;
 * populate and pickers reach past them), so here:
 * - the academy of new or changed data, and of the entry before the change, must be one of the
 *   editor's academies, for create, update, clone, publish, unpublish, discardDraft and delete;
 * - findOne, findFirst, findMany and count see only the editor's academies' entries (and, for
 *   statements, the Trust's own);
 * - Trust-level entries and academy records are never created or removed by an editor;
 * - no content-API caller (public or token) writes at all, or reads recruitment or restricted data: the
 *   restricted routes read it as `system` once Strapi has checked the token's scopes;
 * - restricted data (pay, applicant breakdowns) is for Trust HR and super admins only, whatever the RBAC.
 * Writes with no request run as `system` and pass.
 */
import type { Core, Modules, UID as StrapiUid } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isPluginUid, isRestrictedUid, UID, type PluginUid } from '../constants';
import { RECRUITMENT_TYPES, TENANT_TYPES } from '../permissions/roles';
import { asSystem, currentActor } from '../utils/actor';
import { getService } from '../utils/get-service';
import { currentRelations, relationAfterWrite } from './relation-state';

const WRITES = new Set(['create', 'update', 'clone', 'delete', 'publish', 'unpublish', 'discardDraft']);
const CHANGES_DATA = new Set(['create', 'update', 'clone', 'publish']);
const FILTERED_READS = new Set(['findMany', 'findFirst', 'count']);

const isTenantType = (uid: PluginUid) => (TENANT_TYPES as readonly string[]).includes(uid);

function forbid(message: string): never {
  throw new errors.ForbiddenError(message);
}

/** The filter that keeps a scoped user to their academies' entries of one type. */
function scopeFilter(uid: PluginUid, academies: readonly string[]) {
  if (uid === UID.ACADEMY) return { documentId: { $in: academies } };
  const own = { academyKey: { $in: academies } };
  // Statements without an academy are the Trust's own, which every editor may read.
  return uid === UID.STATEMENT ? { $or: [own, { academyKey: { $null: true } }] } : own;
}

async function academyOf(strapi: Core.Strapi, uid: PluginUid, documentId: string): Promise<string | null> {
  if (uid === UID.ACADEMY) return documentId;
  const { academy } = await asSystem(() => currentRelations(strapi, uid, documentId, ['academy']));
  return academy;
}

async function relatedAcademy(strapi: Core.Strapi, target: StrapiUid.ContentType, input: unknown, current: string | null) {
  return asSystem(() => relationAfterWrite(strapi, target, input, current));
}

async function checkWrite(strapi: Core.Strapi, uid: PluginUid, action: string, params: Record<string, any>, academies: readonly string[]) {
  const mine = (academy: string | null | undefined) => !!academy && academies.includes(academy);

  if (uid === UID.ACADEMY) {
    if (action !== 'update') forbid('Academy editors cannot create or remove academies');
    if (!mine(params.documentId)) forbid('You can only edit your own academy');
    if (params.data && 'editors' in params.data) forbid("Only a Trust admin assigns an academy's editors");
    return;
  }
  if (!isTenantType(uid)) forbid('Trust-level entries are read-only for academy editors');

  const documentId: string | undefined = action === 'create' ? undefined : params.documentId;
  const before = documentId ? await academyOf(strapi, uid, documentId) : null;
  if (documentId && !mine(before)) forbid("You can only change your own academy's entries");

  if (CHANGES_DATA.has(action) && params.data) {
    const after = await relatedAcademy(strapi, UID.ACADEMY, params.data.academy, before);
    if (!mine(after)) forbid("Entries can only belong to your own academy");
    if (uid === UID.OBJECTIVE && params.data.plan !== undefined) {
      const { plan: currentPlan } = documentId ? await asSystem(() => currentRelations(strapi, uid, documentId, ['plan'])) : { plan: null };
      const plan = await relatedAcademy(strapi, UID.PLAN, params.data.plan, currentPlan);
      if (plan && !mine(await academyOf(strapi, UID.PLAN, plan))) forbid("An objective can only join your own academy's plans");
    }
  }
}

export const enforceTenancy: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const { uid, action } = context;
  if (!isPluginUid(uid)) return next();
  const actor = currentActor(strapi);
  if (actor.kind === 'system') return next();
  if (actor.kind === 'content-api') {
    if (WRITES.has(action)) forbid('The content API is read-only: equality content is written in the admin');
    if (isRestrictedUid(uid) || (RECRUITMENT_TYPES as readonly string[]).includes(uid)) forbid('Pay and recruitment data is not served on this route');
    return next();
  }
  if (isRestrictedUid(uid) && !(await getService(strapi, 'tenancy').reachesRestrictedData(actor.user))) {
    forbid('Pay records, pay snapshots and applicant breakdowns are for Trust HR only');
  }

  const scope = await getService(strapi, 'tenancy').scopeOf(actor.user);
  if (scope === 'all') return next();
  const params = context.params as Record<string, any>;

  if (WRITES.has(action)) {
    await checkWrite(strapi, uid, action, params, scope);
    return next();
  }
  if (FILTERED_READS.has(action) && (isTenantType(uid) || uid === UID.ACADEMY)) {
    params.filters = params.filters ? { $and: [params.filters, scopeFilter(uid, scope)] } : scopeFilter(uid, scope);
    return next();
  }
  if (action === 'findOne' && (isTenantType(uid) || uid === UID.ACADEMY)) {
    const academy = await academyOf(strapi, uid, params.documentId);
    const trustStatement = uid === UID.STATEMENT && academy === null;
    // A 403 rather than "not found": the admin would otherwise answer 200 with an empty entry.
    if (!trustStatement && !(academy && scope.includes(academy))) forbid("This entry belongs to another academy");
  }
  return next();
};
