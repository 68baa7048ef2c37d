/**
 * Boots a real Strapi for one test file: its own database (copied from the seeded template), an
 * ephemeral port (tests run while `npm start` holds 1337), the admin panel not served. Strapi is
 * compiled once per run by scripts/test.mjs; here it is only loaded.
 */
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { untilDatabaseIdle } from '../../scripts/lib/strapi-app';
import { createTestDatabase, type TestDatabase } from './database';
import { CMS_DIR, TEST_DEMO_TODAY } from './environment';

export interface TestStrapi {
  strapi: Core.Strapi;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Stops Strapi and drops its database. */
  stop(): Promise<void>;
  /** Stops Strapi and starts a new one on the same database and environment, as a server restart would. */
  restart(): Promise<TestStrapi>;
}

export interface StartOptions {
  /** Start from an empty database instead of the seeded template. */
  empty?: boolean;
  /** Extra environment for this instance (set before Strapi reads its config). */
  env?: Record<string, string>;
}

export async function startStrapi(options: StartOptions = {}): Promise<TestStrapi> {
  const database: TestDatabase = await createTestDatabase({ empty: options.empty });
  return boot(database, options.env ?? {});
}

async function boot(database: TestDatabase, env: Record<string, string>): Promise<TestStrapi> {
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
    ...env,
  });
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  await strapi.listen();
  // Test clients (fetch) reuse idle connections; Node's default 5 s keep-alive closes them under a busy
  // test process's feet, and the next request fails with ECONNRESET.
  strapi.server.httpServer.keepAliveTimeout = 60_000;
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port');
  const shutDown = async () => {
    await untilDatabaseIdle(strapi);
    await strapi.destroy();
  };
  return {
    strapi,
    url: `http://127.0.0.1:${address.port}`,
    async stop() {
      await shutDown();
      await database.drop();
    },
    async restart() {
      await shutDown();
      return boot(database, env);
    },
  };
}
