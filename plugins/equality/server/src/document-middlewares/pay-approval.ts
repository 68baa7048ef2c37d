/**
 * Approving a pay snapshot (setting approvedOn and approvedBy) computes its figures and stores them on
 * the snapshot; withdrawing the approval clears them. Runs after the write, on whatever path made it.
 * Nobody types figures in: only the plugin, as `system`, writes them.
 */
import type { Modules } from '@strapi/strapi';
import { UID } from '../constants';
import { asSystem, currentActor } from '../utils/actor';
import { getService } from '../utils/get-service';

export const computeApprovedFigures: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const { uid, action } = context;
  if (uid !== UID.PAY_SNAPSHOT || (action !== 'create' && action !== 'update')) return next();
  const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
  if (currentActor(strapi).kind !== 'system') delete data.figures;
  const result = await next();
  const snapshot = result as { documentId: string; approvedOn: string | null } | null;
  if (snapshot && ('approvedOn' in data || 'approvedBy' in data)) {
    await asSystem(() => getService(strapi, 'pay-figures').syncApprovedFigures(snapshot));
  }
  return result;
};
