/**
 * Keeps each tenant-scoped entry's `academyKey` equal to the documentId of its `academy` relation, on
 * every create, update and clone, whoever writes. Runs after validation, so the relation it reads is one
 * the rules accepted.
 */
import type { Modules } from '@strapi/strapi';
import { isPluginUid, UID } from '../constants';
import { TENANT_TYPES } from '../permissions/roles';
import { asSystem } from '../utils/actor';
import { currentRelations, relationAfterWrite } from './relation-state';

const STAMPED_ACTIONS = new Set(['create', 'update', 'clone']);

export const stampAcademyKey: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const { uid, action } = context;
  if (!isPluginUid(uid) || !(TENANT_TYPES as readonly string[]).includes(uid) || !STAMPED_ACTIONS.has(action)) return next();
  const params = context.params as { documentId?: string; data?: Record<string, unknown> };
  params.data ??= {};
  const data = params.data;
  if (action !== 'create' && data.academy === undefined) {
    delete data.academyKey;
    return next();
  }
  const current = action === 'create' ? null : (await asSystem(() => currentRelations(strapi, uid, params.documentId, ['academy']))).academy;
  data.academyKey = (await asSystem(() => relationAfterWrite(strapi, UID.ACADEMY, data.academy, current))) ?? null;
  return next();
};
