/**
 * Each test file gets its own database, copied from the template that scripts/test.mjs seeded once per
 * pass: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { databaseClient, requiredEnv } from './environment';

export interface TestDatabase {
  /** Environment variables that point Strapi at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The admin connection: the server's `test` database, which always exists. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPostgres<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `eqhub_t_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  if (databaseClient() === 'postgres') {
    const template = options.empty ? 'template0' : requiredEnv('TEST_TEMPLATE_DATABASE');
    await withPostgres((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrlFor(name), DATABASE_POOL_MAX: '4' },
      drop: () => withPostgres(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
    };
  }
  const file = path.join(os.tmpdir(), `${name}.db`);
  if (!options.empty) fs.copyFileSync(requiredEnv('TEST_TEMPLATE_DATABASE'), file);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => fs.rmSync(file, { force: true }),
  };
}
