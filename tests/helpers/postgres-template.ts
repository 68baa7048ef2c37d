/** `create <name>` / `drop <name>`: the PostgreSQL template database of one test run. */
import { withPostgres } from './database';

async function main() {
  const [command, name] = process.argv.slice(2);
  if (!/^eqhub_template_[a-z0-9]+$/.test(name ?? '')) throw new Error(`not a template database name: ${name}`);
  await withPostgres(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    if (command === 'create') await client.query(`CREATE DATABASE ${name}`);
  });
}

main().catch((error: unknown) => {
  console.error(`PostgreSQL is required for the database suites and could not be used: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
