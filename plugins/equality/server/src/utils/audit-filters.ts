/**
 * The query-engine filter of the restricted audit-trail route: whole UTC days from `from` to `to`
 * inclusive, an academy's slug, a content type (its UID, or its singular name within the plugin), and
 * an actor's name in any case.
 */
import { addDays, type AuditTrailQuery } from '@equality-hub/domain';
import { PLUGIN_ID } from '../constants';

export function auditFilters({ from, to, academy, type, actor }: AuditTrailQuery): Record<string, unknown> {
  const at = {
    ...(from ? { $gte: new Date(`${from}T00:00:00.000Z`) } : {}),
    ...(to ? { $lt: new Date(`${addDays(to, 1)}T00:00:00.000Z`) } : {}),
  };
  return {
    ...(from || to ? { at } : {}),
    ...(academy ? { academy } : {}),
    ...(type ? { contentType: type.includes('::') ? type : `plugin::${PLUGIN_ID}.${type}` } : {}),
    ...(actor ? { actorName: { $eqi: actor } } : {}),
  };
}
