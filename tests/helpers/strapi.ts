/**
 * Boots a real Strapi for one test file: its own database (copied from the seeded template), an
 * ephemeral port (tests run while `npm start` holds 1337), the admin panel not served. Strapi is
 * compiled once per run by scripts/test.mjs; here it is only loaded.
 */
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';
import { CMS_DIR, TEST_DEMO_TODAY } from './environment';

export interface TestStrapi {
  strapi: Core.Strapi;
  /** `http://127.0.0.1:<port>` */
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Start from an empty database instead of the seeded template. */
  empty?: boolean;
  /** Extra environment for this instance (set before Strapi reads its config). */
  env?: Record<string, string>;
}

export async function startStrapi(options: StartOptions = {}): Promise<TestStrapi> {
  const database: TestDatabase = await createTestDatabase({ empty: options.empty });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    CRON_ENABLED: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DEMO_TODAY: TEST_DEMO_TODAY,
    ...database.env,
    ...options.env,
  });
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  await strapi.listen();
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port');
  return {
    strapi,
    url: `http://127.0.0.1:${address.port}`,
    async stop() {
      await untilDatabaseIdle(strapi);
      await strapi.destroy();
      await database.drop();
    },
  };
}

/**
 * Strapi emits entry events after a write's transaction commits, without awaiting them, and each one
 * reads the entry back. Destroying Strapi while one is in flight leaves a query waiting on a closed pool
 * (and, on PostgreSQL, an unhandled timeout a minute later), so a test waits for the pool to drain first.
 */
async function untilDatabaseIdle(strapi: Core.Strapi, timeoutMs = 10_000) {
  const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
  const deadline = Date.now() + timeoutMs;
  // Two quiet looks in a row: an emission may start one tick after the previous query ends.
  let quiet = 0;
  while (pool && quiet < 2 && Date.now() < deadline) {
    quiet = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
