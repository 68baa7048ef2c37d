/**
 * The Strapi app (cms/) as command-line tools and tests load it: in-process, from the compiled cms/dist,
 * and stopped only once the database is quiet.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const CMS_DIST_DIR = path.join(CMS_DIR, 'dist');

/**
 * Strapi emits entry events after a write's transaction commits, without awaiting them, and each one
 * reads the entry back. Destroying Strapi while one is in flight leaves a query waiting on a closed pool
 * (and, on PostgreSQL, an unhandled timeout a minute later), so wait for the pool to drain first.
 */
export async function untilDatabaseIdle(strapi: Core.Strapi, timeoutMs = 10_000) {
  const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
  const deadline = Date.now() + timeoutMs;
  // Two quiet looks in a row: an emission may start one tick after the previous query ends.
  let quiet = 0;
  while (pool && quiet < 2 && Date.now() < deadline) {
    quiet = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether every source of the Strapi app (cms/src, cms/config) has been compiled to cms/dist since it last changed. */
export function cmsIsCompiled(): boolean {
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'admin' ? [] : sources(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
  return [path.join(CMS_DIR, 'src'), path.join(CMS_DIR, 'config')].flatMap(sources).every((source) => {
    const compiled = path.join(CMS_DIST_DIR, path.relative(CMS_DIR, source)).replace(/\.ts$/, '.js');
    return fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= fs.statSync(source).mtimeMs;
  });
}
