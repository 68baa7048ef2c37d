/**
 * `npm run bench -- [--sizes 10,50,100] [options]`: measures the aggregator at large-trust scale and
 * rewrites docs/benchmarks.md (see the README's "Benchmarks" section for every option).
 *
 * For each size: the synthetic trust is loaded into PostgreSQL through the plugin's Document Service
 * (or reused with --reuse-db), Strapi serves it over HTTP in a process of its own, and the aggregator runs
 * as in production, in processes of their own. Then, at the largest size, the load test and a fault run;
 * last, the pay gap calculation alone. Progress goes to stderr. The figures are also kept as JSON beside the
 * report, so `--render-from docs/benchmarks.json` can rewrite the report without measuring again.
 */
import { benchDatabaseUrl, openDatabase, recreateDatabase } from './load/database';
import { ensureSyntheticTrust } from './load/ensure-trust';
import { urnOf } from './generate/synthetic-trust';
import { runFaults } from './faults/run-faults';
import { loadTest, type LoadResult } from './measure/load-test';
import { measureSize, type SizeResult } from './measure/size-run';
import { multiSource, type MultiSourceResult } from './measure/multi-source';
import { payGapAlone } from './measure/pay-gap-run';
import { BenchOptions, readOptions } from './options';
import { checkout, machine, uptime } from './report/machine';
import { renderFrom, writeReport, type BenchResult } from './report/write';
import { ensureCompiled } from './run/compile';
import { startAggregatorProcess } from './run/aggregator-process';
import { queryOk } from './run/graphql';
import { REPORT_QUERY, REPORT_VARIABLES } from './run/queries';
import { startStrapiProcess, type StrapiProcess } from './run/strapi-process';

const log = (message: string) => process.stderr.write(`${message}\n`);

/** The load test, cold (no cache) and warm (records and answers cached), against one aggregator each. */
async function loadTests(strapi: StrapiProcess, options: BenchOptions): Promise<{ cold: LoadResult; warm: LoadResult }> {
  const source = { name: 'trust', baseUrl: strapi.url, tokenFile: strapi.tokenFile, trust: true, timeoutMs: 60_000 };
  const run = async (cacheTtlSeconds: number) => {
    const aggregator = await startAggregatorProcess([source], { cacheTtlSeconds });
    try {
      await queryOk(aggregator.url, REPORT_QUERY, { variables: REPORT_VARIABLES });
      return await loadTest({
        url: aggregator.url,
        query: REPORT_QUERY,
        variables: REPORT_VARIABLES,
        durationSeconds: options['load-seconds'],
        connections: options['load-connections'],
        timeoutSeconds: 60,
        pid: aggregator.pid,
      });
    } finally {
      await aggregator.stop();
    }
  };
  log(`  load test, cold: ${options['load-seconds']} s, ${options['load-connections']} connections…`);
  const cold = await run(0);
  log(`  load test, warm: ${options['load-seconds']} s, ${options['load-connections']} connections…`);
  const warm = await run(3_600);
  return { cold, warm };
}

async function postgresVersion(url: string): Promise<string> {
  const client = await openDatabase(url);
  try {
    return ((await client.query('SHOW server_version')).rows[0] as { server_version: string }).server_version;
  } finally {
    await client.end();
  }
}

async function main() {
  const options = readOptions(BenchOptions, process.argv.slice(2));
  if (options['render-from']) {
    renderFrom(options['render-from'], options.out);
    log(`Wrote ${options.out} from ${options['render-from']}.`);
    return;
  }
  const started = new Date();
  const uptimeBefore = uptime();
  const measured = checkout();
  log(`Bench: sizes ${options.sizes.join(', ')}, seed ${options.seed}. ${uptimeBefore}`);
  ensureCompiled(log);
  if (!options['reuse-db']) await recreateDatabase(benchDatabaseUrl(), { create: false });

  const data: BenchResult['data'] = [];
  const sizes: SizeResult[] = [];
  const multi: (MultiSourceResult & { academies: number })[] = [];
  let load: BenchResult['load'];
  let faults: BenchResult['faults'];
  const largest = options.sizes.at(-1)!;
  for (const academies of options.sizes) {
    log(`\n== ${academies} academies`);
    const { databaseUrl, reused, loadedAt, loadSeconds } = await ensureSyntheticTrust({ academies, seed: options.seed, reuse: options['reuse-db'], processes: options['load-processes'], log });
    data.push({ academies, reused, loadedAt, loadSeconds });
    if (options['load-only']) continue;
    const strapi = await startStrapiProcess(databaseUrl);
    try {
      sizes.push(await measureSize({ academies, databaseUrl, strapi, coldRuns: options['cold-runs'], warmRuns: options['warm-runs'], naiveRuns: options['naive-runs'], log }));
      // At the largest size only: the target is about twenty sources, not about growth.
      if (academies === largest && academies >= options.sources) {
        const urns = Array.from({ length: academies }, (_, index) => urnOf(index + 1));
        multi.push({ academies, ...(await multiSource({ strapi, urns, sources: options.sources, latencyMs: options['source-latency'], runs: options['cold-runs'], aloneRuns: 3, log })) });
      }
      if (academies === largest) {
        load = { academies, ...(await loadTests(strapi, options)) };
        log(`  fault run: ${options['fault-phase-seconds']} s phases…`);
        faults = { academies, ...(await runFaults({ strapi, academies, phaseSeconds: options['fault-phase-seconds'], connections: 4, log })) };
      }
    } finally {
      await strapi.stop();
    }
  }
  if (options['load-only']) return;

  log(`\n== pay gap calculation alone, ${options['pay-records']} records`);
  const payGap = await payGapAlone(options['pay-records'], options.seed);
  const result: BenchResult = {
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    checkout: measured,
    started: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: machine(await postgresVersion(benchDatabaseUrl(largest))),
    uptimeBefore,
    uptimeAfter: uptime(),
    options,
    data,
    sizes,
    multi,
    load,
    faults,
    payGap,
  };
  writeReport(options.out, result);
  log(`\nWrote ${options.out} (and its figures as JSON beside it). ${result.uptimeAfter}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
