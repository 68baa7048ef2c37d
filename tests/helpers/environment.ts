/**
 * What every test process shares, set once by scripts/test.mjs: the secrets of this run, where the
 * seeded template database is, and the pinned reference day of the demo trust.
 */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');

/** The demo trust in tests is seeded as if today were this day, so reports give fixed numbers. */
export const TEST_DEMO_TODAY = '2026-01-15';

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\` (scripts/test.mjs sets it up)`);
  return value;
}

export type DatabaseClient = 'sqlite' | 'postgres';

export function databaseClient(): DatabaseClient {
  return process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
}
