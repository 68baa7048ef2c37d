/**
 * The environment every benchmark Strapi runs with: one of the bench databases, a small
 * connection pool (PostgreSQL allows 100 connections, shared with whatever else runs), no demo seed, no
 * scheduled jobs, no admin panel, quiet logs, and the secrets of cms/.env (written as `npm start` does).
 */
import path from 'node:path';
import { CMS_DIR } from '../../lib/strapi-app';

export const BENCH_POOL_MAX = Number(process.env.BENCH_DATABASE_POOL_MAX ?? 5);

export async function benchStrapiEnv(databaseUrl: string): Promise<Record<string, string>> {
  const envPath = process.env.ENV_PATH ?? path.join(CMS_DIR, '.env');
  const { ensureEnvFile } = await import('../../env-file.mjs');
  ensureEnvFile(envPath);
  return {
    ENV_PATH: envPath,
    NODE_ENV: 'production',
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: String(BENCH_POOL_MAX),
    SEED_DEMO: 'false',
    CRON_ENABLED: 'false',
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.BENCH_STRAPI_LOG_LEVEL ?? 'warn',
  };
}
