/**
 * The benchmark's PostgreSQL databases, kept apart from the tests' and the demo's. The synthetic trust is
 * loaded into `eqhub_bench` (BENCH_DATABASE_URL) and grown in place, size after size (10, then 40 more…);
 * each size, once loaded, is kept as a copy `eqhub_bench_<academies>` (CREATE DATABASE … TEMPLATE, a file
 * copy), which is what the benchmark serves. A marker table in each says what it holds (seed, academies,
 * generator version), so `--reuse-db` can tell when loading can be skipped.
 */
import { Client } from 'pg';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/eqhub_bench';

/** Bump when the generator changes what it writes: older databases are then loaded again. */
export const GENERATOR_VERSION = 1;

export interface Marker {
  seed: number;
  academies: number;
  generator: number;
  loadedAt: string;
}

/** The connection string of the working database, or of a size's copy. */
export function benchDatabaseUrl(academies?: number): string {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL names the database "${name}": use lower-case letters, digits and _`);
  if (academies !== undefined) url.pathname = `/${name}_${academies}`;
  return url.toString();
}

const nameOf = (url: string) => new URL(url).pathname.slice(1);

async function connected<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Work on the server's `postgres` database, for creating and dropping the others. */
function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(benchDatabaseUrl());
  url.pathname = '/postgres';
  return connected(url.toString(), work);
}

export async function databaseExists(url: string): Promise<boolean> {
  return asAdmin(async (client) => ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [nameOf(url)])).rowCount ?? 0) > 0);
}

/** Drops a database (closing its sessions) and, unless told otherwise, creates it empty or as a copy. */
export async function recreateDatabase(url: string, options: { template?: string; create?: boolean } = {}): Promise<void> {
  await asAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${nameOf(url)} WITH (FORCE)`);
    if (options.create === false) return;
    await client.query(`CREATE DATABASE ${nameOf(url)}${options.template ? ` TEMPLATE ${nameOf(options.template)}` : ''}`);
  });
}

/** What a database holds, or null when it holds nothing usable (missing, or a load that never finished). */
export async function readMarker(url: string): Promise<Marker | null> {
  if (!(await databaseExists(url))) return null;
  return connected(url, async (client) => {
    const table = await client.query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'bench_marker'");
    if (table.rowCount === 0) return null;
    const { rows } = await client.query("SELECT value FROM bench_marker WHERE key = 'synthetic-trust'");
    return (rows[0]?.value as Marker | undefined) ?? null;
  });
}

/** Written only once a load has committed; cleared before one starts, so an interrupted load is never trusted. */
export async function writeMarker(url: string, marker: Marker | null): Promise<void> {
  await connected(url, async (client) => {
    await client.query('CREATE TABLE IF NOT EXISTS bench_marker (key text PRIMARY KEY, value jsonb NOT NULL)');
    if (marker === null) await client.query("DELETE FROM bench_marker WHERE key = 'synthetic-trust'");
    else {
      await client.query(
        "INSERT INTO bench_marker (key, value) VALUES ('synthetic-trust', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [JSON.stringify(marker)],
      );
    }
  });
}

/** A client on one database, for the SQL floor. */
export const openDatabase = async (url: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
};
