/**
 * `npm run faults -- [--academies 10] [--phase-seconds 10] [--connections 4] [--reuse-db]`: the fault runs
 * on their own, with a pass/fail exit code. Loads (or reuses) a synthetic trust of that size into the
 * bench database, serves it with Strapi, and runs the scenario of scenario.ts against the aggregator
 * under load: a source killed then restarted, answering after the timeout, answering malformed JSON.
 * Prints every check; exits 0 when all pass, 1 otherwise.
 */
import { benchDatabaseUrl, recreateDatabase } from './load/database';
import { ensureSyntheticTrust } from './load/ensure-trust';
import { runFaults } from './faults/run-faults';
import { FaultOptions, readOptions } from './options';
import { ensureCompiled } from './run/compile';
import { startStrapiProcess } from './run/strapi-process';

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<boolean> {
  const options = readOptions(FaultOptions, process.argv.slice(2));
  ensureCompiled(log);
  if (!options['reuse-db']) await recreateDatabase(benchDatabaseUrl(), { create: false });
  const { databaseUrl } = await ensureSyntheticTrust({ academies: options.academies, seed: options.seed, reuse: options['reuse-db'], processes: options['load-processes'], log });
  const strapi = await startStrapiProcess(databaseUrl);
  try {
    log(`Fault run: ${options.academies} academies, ${options['phase-seconds']} s phases, ${options.connections} connections.`);
    const run = await runFaults({ strapi, academies: options.academies, phaseSeconds: options['phase-seconds'], connections: options.connections, log });
    log(`\n${run.totals.answers} answers: ${run.totals.complete} complete, ${run.totals.partial} partial (a source reported), ${run.totals.errors} errors.`);
    log(`Aggregator memory: ${run.memory.firstMb} → ${run.memory.lastMb} MB (peak ${run.memory.peakMb} MB).`);
    for (const check of run.checks) log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
    for (const reason of run.errorReasons) log(`  error: ${reason}`);
    for (const phase of run.phases) for (const reason of phase.unexpectedReasons) log(`  unexpected in "${phase.fault}": ${reason}`);
    return run.ok;
  } finally {
    await strapi.stop();
  }
}

main().then(
  (ok) => {
    log(ok ? '\nFault runs passed.' : '\nFault runs FAILED.');
    process.exit(ok ? 0 : 1);
  },
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
