/**
 * Who is behind a Document Service call. Writes with no request at all (the seed, command-line imports,
 * scheduled jobs in the same process) run as `system`; inside an HTTP request the caller is the admin
 * user of the request, or — on the content API — a token or the public, which may never write.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

export interface AdminUser {
  id: number;
  email: string;
  roles?: Array<{ id: number; code: string }>;
}

export type Actor =
  | { kind: 'system' }
  | { kind: 'admin'; user: AdminUser }
  | { kind: 'content-api'; strategy: string; credentials?: { id?: number; name?: string } };

const systemWork = new AsyncLocalStorage<true>();

/** Runs work as `system` even inside a request: for the plugin's own look-ups that must see everything. */
export function asSystem<T>(work: () => Promise<T>): Promise<T> {
  return systemWork.run(true, work);
}

export function currentActor(strapi: Core.Strapi): Actor {
  if (systemWork.getStore()) return { kind: 'system' };
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: AdminUser; auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } } } }
    | undefined;
  if (!ctx) return { kind: 'system' };
  const strategy = ctx.state?.auth?.strategy?.name;
  if (strategy === 'admin' && ctx.state?.user) return { kind: 'admin', user: ctx.state.user };
  return { kind: 'content-api', strategy: strategy ?? 'public', credentials: ctx.state?.auth?.credentials };
}
