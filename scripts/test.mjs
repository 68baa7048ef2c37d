/**
 * `npm test`: every test, SQLite first, then the database-dependent suites again on PostgreSQL.
 *
 * Stages (each prints its time):
 *   1. compile Strapi once (cms/dist), shared by every test process; when browser tests run, build the
 *      admin panel too (`strapi build`), once;
 *   2. unit tests of the pure packages (and of the scripts' pure parts);
 *   3. seed the demo trust once into a SQLite template, then run every integration suite, one Strapi
 *      boot per file, each file on its own copy of the template;
 *   4. seed a PostgreSQL template (CREATE DATABASE … TEMPLATE) and run the suites under tests/db/ on it.
 * Browser tests (tests/browser/) run once, on SQLite.
 * PostgreSQL must be reachable (127.0.0.1:5432 or TEST_POSTGRES_URL): the run fails, never skips.
 *
 * `npm test -- <files>` runs only the given test files (on SQLite, plus PostgreSQL for files under tests/db/).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomSecrets } from './env-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runId = crypto.randomBytes(3).toString('hex');
const work = fs.mkdtempSync(path.join(os.tmpdir(), `eqhub-test-${runId}-`));
const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const concurrency = process.env.TEST_CONCURRENCY ?? '2';

const baseEnv = {
  ...process.env,
  ...randomSecrets(),
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  TEST_RUN_ID: runId,
  TEST_POSTGRES_URL: postgresUrl,
  AGGREGATOR_TOKEN_FILE: path.join(work, 'aggregator.token'),
  AGGREGATOR_RESTRICTED_TOKEN_FILE: path.join(work, 'aggregator-restricted.token'),
  TEST_ARTIFACTS_DIR: process.env.TEST_ARTIFACTS_DIR ?? path.join(root, 'test-results'),
};

const timings = [];
function stage(name, run) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const ok = run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push([name, seconds, ok]);
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} in ${seconds}s`);
  return ok;
}

function run(command, args, env = baseEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

function files(dir, predicate = () => true) {
  const found = [];
  const walk = (current) => {
    if (!fs.existsSync(current)) return;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.test.ts') && predicate(full)) found.push(path.relative(root, full));
    }
  };
  walk(path.join(root, dir));
  return found.sort();
}

function nodeTest(testFiles, env) {
  if (testFiles.length === 0) return true;
  return run(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...testFiles], env);
}

const requested = process.argv.slice(2);
const pick = (list) => (requested.length ? list.filter((file) => requested.some((wanted) => file.includes(wanted))) : list);

const unitFiles = pick([...files('packages'), ...files('plugins'), ...files('aggregator/src'), ...files('scripts')]);
const integrationFiles = pick(files('tests'));
const postgresFiles = integrationFiles.filter((file) => file.startsWith(`tests${path.sep}db${path.sep}`));

const seedTemplate = (env) => run(process.execPath, ['--import', 'tsx', 'tests/helpers/seed-template.ts'], env);

const browserFiles = integrationFiles.filter((file) => file.startsWith(`tests${path.sep}browser${path.sep}`));
// Browser tests need the admin panel: `strapi build` compiles the server and builds the panel, once.
let ok = browserFiles.length > 0
  ? stage('build Strapi and the admin panel', () => spawnSync('npx', ['strapi', 'build'], { cwd: path.join(root, 'cms'), env: baseEnv, stdio: 'inherit' }).status === 0)
  : stage('compile Strapi', () => run(process.execPath, ['--import', 'tsx', 'tests/helpers/compile.ts']));
ok = stage('unit tests', () => nodeTest(unitFiles, baseEnv)) && ok;

const sqliteTemplate = path.join(work, 'template.db');
const sqliteEnv = { ...baseEnv, DATABASE_CLIENT: 'sqlite', TEST_TEMPLATE_DATABASE: sqliteTemplate };
if (integrationFiles.length > 0) {
  // Without a template every suite would boot on a broken database: stop at the seed's own error.
  const seeded = stage('seed SQLite template', () => seedTemplate({ ...sqliteEnv, DATABASE_FILENAME: sqliteTemplate }));
  ok = seeded && stage('integration tests on SQLite', () => nodeTest(integrationFiles, sqliteEnv)) && ok;
}

if (postgresFiles.length > 0) {
  const template = `eqhub_template_${runId}`;
  const templateUrl = new URL(postgresUrl);
  templateUrl.pathname = `/${template}`;
  const pgEnv = { ...baseEnv, DATABASE_CLIENT: 'postgres', TEST_TEMPLATE_DATABASE: template };
  const seeded = stage('seed PostgreSQL template', () =>
    run(process.execPath, ['--import', 'tsx', 'tests/helpers/postgres-template.ts', 'create', template], pgEnv) &&
    seedTemplate({ ...pgEnv, DATABASE_URL: templateUrl.toString() }),
  );
  ok = seeded && stage('database suites on PostgreSQL', () => nodeTest(postgresFiles, pgEnv)) && ok;
  run(process.execPath, ['--import', 'tsx', 'tests/helpers/postgres-template.ts', 'drop', template], pgEnv);
}

fs.rmSync(work, { recursive: true, force: true });
console.log('\nStage times:');
for (const [name, seconds, passed] of timings) console.log(`  ${passed ? 'ok  ' : 'FAIL'} ${seconds.padStart(7)}s  ${name}`);
process.exit(ok ? 0 : 1);
