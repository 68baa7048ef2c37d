/**
 * `npm run import -- <command> <file> [options] [--dry-run]`: imports a file into the Trust's Strapi from
 * the command line. Commands: the plugin's IMPORT_COMMANDS (plugins/equality/server/src/importers), e.g.
 *
 *   npm run import -- pay payroll.csv --snapshot 2025-03-31
 *
 * Strapi is booted in this process without listening, seeding (SEED_DEMO=false) or scheduled jobs
 * (CRON_ENABLED=false), on the database cms/ is configured with, so it can run beside `npm start`
 * (cms/config/database.ts explains how SQLite copes). What it needs is compiled first, as `npm start`
 * does. Logs go to stderr; stdout carries only the JSON outcome (use `npm run -s import …` to keep npm's
 * own banner off it).
 *
 * Exit status: 0 imported (or, with --dry-run, would import); 2 the file was rejected, nothing written,
 * every problem on stderr by row and column; 1 anything else (usage, an unreadable file, a failure).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportCommand } from '@equality-hub/strapi-plugin-equality/importers';
import { cmsIsCompiled, CMS_DIR, CMS_DIST_DIR, ROOT, untilDatabaseIdle } from './lib/strapi-app';

const EXIT = { IMPORTED: 0, FAILED: 1, REJECTED: 2 } as const;

/** A mistake in the command line: reported with the usage, before anything is loaded. */
class UsageError extends Error {}

// Whatever a dependency prints, stdout carries only the outcome: everything else goes to stderr.
const writeStdout = process.stdout.write.bind(process.stdout);
const printOutcome = (outcome: unknown) => writeStdout(`${JSON.stringify(outcome, null, 2)}\n`);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Runs a build step with its output on stderr. */
function run(step: string, args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`${step} failed`);
}

function compile() {
  // The tests build everything once before they start; rebuilding in each run would only cost time.
  if (process.env.IMPORT_SKIP_BUILD === 'true') return;
  run('Compiling the domain package and the plugin', [require.resolve('typescript/bin/tsc'), '-b', 'packages/domain', 'plugins/equality']);
  if (!cmsIsCompiled()) {
    log('Compiling the Strapi app (cms/dist)…');
    run('Compiling the Strapi app', ['-e', `require('@strapi/strapi').compileStrapi({ appDir: ${JSON.stringify(CMS_DIR)} })`]);
  }
}

function usage(commands: readonly ImportCommand[]): string {
  return [
    'Usage: npm run import -- <command> <file> [options] [--dry-run]',
    '',
    ...commands.flatMap((command) => [`  ${command.name} ${command.usage} [--dry-run]`, `      ${command.summary}`]),
    '',
    '--dry-run checks the file and prints what the import would do, writing nothing.',
  ].join('\n');
}

function readCommandLine(commands: readonly ImportCommand[], args: string[]) {
  const [name, ...rest] = args;
  if (!name) throw new UsageError('Name the import to run.');
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`There is no "${name}" import.`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.flags, 'dry-run': { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { 'dry-run': dryRun = false, ...flags } = parsed.values as Record<string, string | boolean | undefined>;
  if (parsed.positionals.length !== 1) throw new UsageError(`Give exactly one file to import (got ${parsed.positionals.length}).`);
  const options = command.options.safeParse(flags);
  if (!options.success) throw new UsageError(options.error.issues.map((issue) => issue.message).join('\n'));
  // npm runs scripts from the package root; the file is named relative to where the command was typed.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), parsed.positionals[0]!);
  if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
  return { command, options: options.data, dryRun: dryRun === true, file: { name: path.basename(file), content: fs.readFileSync(file) } };
}

/** Boots the Strapi app without listening, seeding or scheduled jobs. */
async function loadStrapi() {
  // Secrets come from the environment or cms/.env, written with random values on first use as `npm start` does.
  process.env.ENV_PATH ??= path.join(CMS_DIR, '.env');
  const { ensureEnvFile } = await import('./env-file.mjs');
  if (!process.env.APP_KEYS && ensureEnvFile(process.env.ENV_PATH)) log(`Wrote ${process.env.ENV_PATH} with random secrets.`);
  Object.assign(process.env, { SEED_DEMO: 'false', CRON_ENABLED: 'false', SERVE_ADMIN_PANEL: 'false', STRAPI_TELEMETRY_DISABLED: 'true' });
  process.env.LOG_LEVEL ??= 'warn';
  // Required here, after the environment is set: Strapi reads ENV_PATH as it loads. (ESM import of Strapi breaks.)
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  return createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR }).load();
}

async function main(): Promise<number> {
  compile();
  // Required once compiled: the commands are the plugin's, and the domain package is built with it.
  const { IMPORT_COMMANDS } = require('@equality-hub/strapi-plugin-equality/importers') as typeof import('@equality-hub/strapi-plugin-equality/importers');
  const { describeImportProblem } = require('@equality-hub/domain') as typeof import('@equality-hub/domain');
  const args = process.argv.slice(2);
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    log(usage(IMPORT_COMMANDS));
    return args.length === 0 ? EXIT.FAILED : EXIT.IMPORTED;
  }
  let request;
  try {
    request = readCommandLine(IMPORT_COMMANDS, args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(`${error.message}\n\n${usage(IMPORT_COMMANDS)}`);
    return EXIT.FAILED;
  }

  const { command, options, dryRun, file } = request;
  log(`${dryRun ? 'Checking' : 'Importing'} ${file.name} (${command.name})…`);
  const strapi = await loadStrapi();
  try {
    const outcome = await command.run(strapi, { file, options, dryRun });
    printOutcome(command.stdout?.(outcome, { dryRun }) ?? { command: command.name, file: file.name, dryRun, ...outcome });
    if (!outcome.ok) {
      log(`Rejected ${file.name}: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}; nothing was written.`);
      for (const problem of outcome.problems) log(`  ${describeImportProblem(problem)}`);
      return EXIT.REJECTED;
    }
    log(dryRun ? `${file.name} can be imported; nothing was written (--dry-run).` : `Imported ${file.name}.`);
    return EXIT.IMPORTED;
  } finally {
    await untilDatabaseIdle(strapi);
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    printOutcome({ ok: false, error: error instanceof Error ? error.message : String(error) });
    process.exit(EXIT.FAILED);
  },
);
