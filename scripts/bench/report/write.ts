/**
 * Writes docs/benchmarks.md from a bench result: the machine and how busy it was, the command and date,
 * every figure, and for each target of issue 8 whether it is met, by how much, and — where it is not —
 * why, and what would close it. Nothing in the file is typed by hand: `npm run bench` rewrites it whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FaultRun } from '../faults/run-faults';
import type { LoadResult } from '../measure/load-test';
import type { MultiSourceResult } from '../measure/multi-source';
import type { PayGapAlone } from '../measure/pay-gap-alone';
import type { SizeResult } from '../measure/size-run';
import type { Summary } from '../measure/stats';
import type { BenchOptions } from '../options';
import type { Checkout, Machine } from './machine';
import { judge, judgesMemory, MEMORY_JUDGED_FROM_REQUESTS, memorySteady, type TargetId, type Verdict } from './targets';

const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

export interface BenchResult {
  command: string;
  checkout: Checkout;
  started: string;
  durationSeconds: number;
  machine: Machine;
  uptimeBefore: string;
  uptimeAfter: string;
  options: BenchOptions;
  /** Where each size's data came from: loaded by this run, or reused from an earlier one. */
  data: { academies: number; reused: boolean; loadedAt: string; loadSeconds: number }[];
  sizes: SizeResult[];
  multi: (MultiSourceResult & { academies: number })[];
  load?: { academies: number; cold: LoadResult; warm: LoadResult };
  faults?: FaultRun & { academies: number };
  payGap: PayGapAlone;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : String(Math.round(value)));
const x = (value: number) => `${value.toFixed(2)}×`;
const median = (summary: Summary) => `${ms(summary.median)} / ${ms(summary.p95)}`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const count = (size: SizeResult, type: string) => size.records.find((record) => record.type === type)?.records ?? 0;

function describeMemory(memory: LoadResult['memory']): string {
  return `${memory.firstMb} → ${memory.lastMb} MB, peaks ${memory.middlePeakMb} (middle third) and ${memory.lastPeakMb} (last third)`;
}

function loadAverage(line: string): number {
  return Number(/load average:\s*([\d.]+)/.exec(line)?.[1] ?? 0);
}

/** Why a target came out as it did, from the figures; for a miss, what would close it. */
function discussion(verdict: Verdict, result: BenchResult): string {
  const largest = result.sizes.at(-1)!;
  const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)} %`;
  const notes: Record<TargetId, () => string> = {
    formula: () =>
      verdict.met
        ? `Counted at a proxy in front of Strapi, the requests of one cold \`trustReport\` and one \`genderPayGap\` equal Σ ⌈records ÷ ${100}⌉ over the types read, at every size: ${result.sizes.map((size) => `${size.academies} academies, ${size.trustReport.requests.expected.total} and ${size.genderPayGap.requests.expected.total}`).join('; ')}. The constant is one request per record type (the Trust objectives' one page; for pay, the snapshot list).`
        : 'The counted requests differ from the formula (see the table): something reads per academy or per objective, or a page is read twice. The proxy records every URL; compare them with the formula\'s pages to find the extra reads.',
    'cold-vs-transport': () => {
      const gap = largest.trustReport.cold.median - largest.transportFloor.median;
      const worst = result.sizes.reduce((a, b) => (b.trustReport.cold.median / b.transportFloor.median > a.trustReport.cold.median / a.transportFloor.median ? b : a));
      if (verdict.met) {
        return gap <= 0
          ? `At ${largest.academies} academies the cold report (${ms(largest.trustReport.cold.median)} ms) is no slower than moving the same ${largest.transportFloor.pages} pages (${largest.transportFloor.megabytes} MB, ${ms(largest.transportFloor.median)} ms): the time is Strapi's, producing the pages, and the aggregator's parsing and merging hide inside it (they run while later pages are still being produced). The measures alternate round by round, so both saw the same background load; the spread between them is that load's.`
          : `At ${largest.academies} academies the aggregator adds ${ms(gap)} ms to the ${ms(largest.transportFloor.median)} ms it takes just to move the same ${largest.transportFloor.pages} pages (${largest.transportFloor.megabytes} MB); the worst ratio, ${x(worst.trustReport.cold.median / worst.transportFloor.median)}, is at ${worst.academies} academies.`;
      }
      return `At ${worst.academies} academies the cold report takes ${x(worst.trustReport.cold.median / worst.transportFloor.median)} the time of moving the same ${worst.transportFloor.pages} pages. ` +
        'Where it goes: (1) two rounds instead of one — the aggregator must read the first page of each type to learn how many pages there are, while the floor knows every URL up front; ' +
        '(2) every record is parsed with its zod schema (the objectives with their actions, milestones and measures are most of the bytes); ' +
        '(3) the report is computed and a large GraphQL answer is resolved and serialised; all on CPU shared with Strapi and the other processes of the machine. ' +
        'What would close it: ask for every page in the first round from the record counts of the previous read (falling back to two rounds when a count changed), and validate each record once per change (by `updatedAt`) instead of on every read.';
    },
    warm: () => {
      const how = 'Warm answers come whole from the response cache (Apollo\'s, kept in the record cache and dropped with it by Strapi\'s webhook): no source is read and nothing is computed or resolved; what remains is finding the stored answer and sending it';
      const figures = `${ms(largest.trustReport.warm.median)} ms at ${largest.academies} academies, ${ms(result.sizes[0]!.trustReport.warm.median)} ms at ${result.sizes[0]!.academies}`;
      return verdict.met
        ? `${how} (${figures}).`
        : `${how}: ${figures}, growing with the size of the answer. What would close it: a smaller answer (clients asking for the fields they show), and a quieter machine.`;
    },
    naive: () => {
      const fewer = largest.naive.requests / largest.trustReport.requests.counted;
      return `The naive resolvers make ${largest.naive.requests} requests (formula: ${largest.naive.expectedRequests}: one per academy and type, one per objective) against the aggregator's ${largest.trustReport.requests.counted}; ${fewer.toFixed(1)}× fewer, and ${x(largest.naive.timing.median / largest.trustReport.cold.median)} faster cold (${ms(largest.naive.timing.median)} vs ${ms(largest.trustReport.cold.median)} ms).` +
        (verdict.met === null ? ' The target is stated at 100 academies, which this run did not reach.' : '');
    },
    sources: () => {
      const many = result.multi.at(-1);
      if (!many) return 'Not measured: the multi-source run needs at least as many academies as sources.';
      const { live, fromMemory } = many;
      const text = `As simulated — ${many.sources} proxies in front of the one Strapi — the ${many.sources} sources together take ${ms(live.together.median)} ms; one source alone (the median of the ${many.sources}) ${ms(live.oneSource)} ms; reading them one after another ${ms(live.sequentialSum)} ms. Together is ${x(live.together.median / live.oneSource)} one source, ${share(live.together.median, live.sequentialSum)} of the sequential sum. ` +
        `With the proxies answering from memory after their ${many.latencyMs} ms (each source costing its latency only, as ${many.sources} Strapis on machines of their own would), together takes ${ms(fromMemory.together.median)} ms against ${ms(fromMemory.oneSource)} ms for one source: ${x(fromMemory.together.median / fromMemory.oneSource)}, ${share(fromMemory.together.median, fromMemory.sequentialSum)} of the sequential sum (${ms(fromMemory.sequentialSum)} ms).`;
      const whole = `Against one source holding all ${many.academies} academies at the same ${many.latencyMs} ms — the same records, the same report, no fan-out — the ${many.sources} sources cost ${x(live.together.median / live.wholeTrust)} live (${ms(live.wholeTrust)} ms for the one) and ${x(fromMemory.together.median / fromMemory.wholeTrust)} from memory (${ms(fromMemory.wholeTrust)} ms).`;
      const memoryRatio = fromMemory.together.median / fromMemory.oneSource;
      const memoryVerdict = memoryRatio < 3
        ? `From memory the target is met: ${x(memoryRatio)}.`
        : `Even from memory the ${many.sources} sources take ${x(memoryRatio)} one: together builds the whole ${many.academies}-academy report while a twentieth builds a report of ${Math.round(many.academies / many.sources)} academies, and that work (parsing ${many.sources}× the records and computing the whole report) is not waiting.`;
      return verdict.met
        ? `${text} ${whole} The sources are read in parallel.`
        : `${text} ${whole} ` +
          `So reading ${many.sources} sources costs little over reading one that holds everything: the sources are read at once, not one after another. ${memoryVerdict} ` +
          `Live, the excess is the one Strapi producing the pages of all ${many.sources} sources on this machine's shared cores (at least one request per record type per source, ${many.sources}× what any one source serves), one after another per core. ` +
          'What would close it: nothing in the aggregator\'s fan-out; sources on machines of their own, as real ones are (which the from-memory figures stand for); and, for the work that remains, validating each record once per change instead of on every read.';
    },
    'pay-gap': () => {
      const { timing, cpu, records } = result.payGap;
      const text = `${records.toLocaleString('en-GB')} records: ${ms(timing.median)} ms median wall-clock (p95 ${ms(timing.p95)}, fastest ${ms(timing.min)}) over ${timing.runs} runs; ${ms(cpu.median)} ms median CPU time (all of the process's threads: the garbage collector works beside the calculation, so this can exceed the wall-clock time). The calculation sorts each sex's hourly pay once (typed arrays) and reads means, medians and quarters off those orders.`;
      return verdict.met
        ? text
        : cpu.median < 100
          ? `${text} The CPU the calculation needs is inside the target; the wall-clock median is over it because the run shared two cores with other work (see *Load* above), so the calculation waited for a core. What would close it: nothing in the code; the same run on a machine to itself.`
          : `${text} What would close it: computing the hourly rates into typed arrays without the intermediate lists, and reusing one merged order for the quarters.`;
    },
    'load-and-faults': () => {
      const runs = [result.load?.cold, result.load?.warm].filter((run): run is LoadResult => !!run);
      const memory = runs.map((run) => `${run === result.load?.cold ? 'cold' : 'warm'} ${describeMemory(run.memory)}${judgesMemory(run) ? '' : ` — ${run.requests} answers, too few to judge`}`).join('; ');
      const faultMemory = result.faults ? `; fault run ${describeMemory(result.faults.memory)}` : '';
      const unjudged = runs.filter((run) => !judgesMemory(run));
      const why = unjudged.length
        ? ` A run with fewer than ${MEMORY_JUDGED_FROM_REQUESTS} answers is not judged on memory: cold at ${result.load?.academies} academies, each of its ${result.load?.cold.connections} connections had one report in flight for most of the run, so its memory shows how many reports overlapped at each moment, not a trend; the fault run, with several minutes of cold reports, is the longer look at the same process.`
        : '';
      return verdict.met
        ? `No request failed in the load runs or the fault run, the aggregator never exited, and no judged run set a new memory high in its last third (${memory}${faultMemory}): the heap grows to its working size — the reports in flight, each holding its records — and stays there.${why} During the fault run, answers while a fault was on were partial — the report over the other academies with the faulty source named — and counted apart from errors.`
        : `Errors, a failed fault check, or memory that set new highs to the end of a run (${memory}${faultMemory}); the tables below say which.${why} An error here is a bug to fix before release: the aggregator must degrade, not fail; memory still rising at the end calls for a longer run with heap snapshots to find what is kept.`;
    },
  };
  return notes[verdict.id]();
}

function sizeTables(sizes: SizeResult[]): string {
  return [
    '### Data',
    '',
    table(
      ['academies', 'plans', 'objectives', 'statements', 'information', 'Trust objectives', 'pay records'],
      sizes.map((size) => [count(size, 'academies'), count(size, 'plans'), count(size, 'objectives'), count(size, 'statements'), count(size, 'information'), count(size, 'trust-objectives'), count(size, 'pay-records')]),
    ),
    '',
    '### `trustReport` (milliseconds, median / p95)',
    '',
    table(
      ['academies', 'cold', 'warm', 'transport floor', 'cold ÷ transport', 'SQL floor', 'cold ÷ SQL', 'same report'],
      sizes.map((size) => [
        size.academies, median(size.trustReport.cold), median(size.trustReport.warm), median(size.transportFloor),
        x(size.trustReport.cold.median / size.transportFloor.median), median(size.sqlFloor), x(size.trustReport.cold.median / size.sqlFloor.median),
        size.sameReport ? 'yes' : '**no**',
      ]),
    ),
    '',
    '### Upstream requests (one query)',
    '',
    table(
      ['academies', '`trustReport` counted', 'formula', '`genderPayGap` counted', 'formula', 'naive baseline', 'naive ÷ aggregator', 'naive time (median)'],
      sizes.map((size) => [
        size.academies,
        size.trustReport.requests.counted,
        size.trustReport.requests.expected.perType.map((type) => type.pages).join(' + ') + ` = ${size.trustReport.requests.expected.total}`,
        size.genderPayGap.requests.counted,
        size.genderPayGap.requests.expected.perType.map((type) => type.pages).join(' + ') + ` = ${size.genderPayGap.requests.expected.total}`,
        `${size.naive.requests} (formula ${size.naive.expectedRequests})`,
        x(size.naive.requests / size.trustReport.requests.counted),
        `${ms(size.naive.timing.median)} ms`,
      ]),
    ),
    '',
    'Formula terms, in order: `trustReport` — academies, plans, objectives, statements, information, Trust objectives; `genderPayGap` — the snapshot list, the snapshot\'s pay records.',
    '',
    '### `genderPayGap` (milliseconds, median / p95)',
    '',
    table(['academies', 'pay records', 'cold', '"warm"'], sizes.map((size) => [size.academies, count(size, 'pay-records'), median(size.genderPayGap.cold), median(size.genderPayGap.warm)])),
    '',
    'Pay records are special-category data and are never cached (README, *How it reads and merges*): "warm" differs from cold only in',
    'the executive\'s verified sign-in being remembered, so every pay query reads every page of its snapshot.',
  ].join('\n');
}

function loadTable(load: NonNullable<BenchResult['load']>): string {
  const row = (name: string, run: LoadResult) => [
    name, run.requests, run.requestsPerSecond, run.p50Ms, run.p99Ms, run.non2xx, run.timeouts, run.socketErrors, run.graphqlErrors,
    `${run.memory.firstMb} → ${run.memory.lastMb}; peaks ${run.memory.middlePeakMb} / ${run.memory.lastPeakMb}${!judgesMemory(run) ? ' (too few answers to judge)' : memorySteady(run.memory) ? '' : ' **still rising**'}`,
  ];
  return table(
    ['cache', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'timeouts', 'socket errors', 'GraphQL errors', 'aggregator RSS, MB: first → last; peaks of the middle / last third'],
    [row('cold (no cache)', load.cold), row('warm (answers cached)', load.warm)],
  );
}

function faultTable(faults: NonNullable<BenchResult['faults']>): string {
  return [
    table(
      ['phase', 'seconds', 'answers', 'complete', 'partial', 'errors', 'unexpected', 'straddling a change', 'recovered after'],
      faults.phases.map((phase) => [
        phase.fault === 'none' ? 'healthy' : phase.fault, (phase.durationMs / 1000).toFixed(1), phase.answers, phase.complete, phase.partial, phase.errors, phase.unexpected, phase.straddling,
        phase.recoveryMs === null ? '' : `${phase.recoveryMs} ms`,
      ]),
    ),
    '',
    ...faults.checks.map((check) => `- ${check.ok ? 'PASS' : '**FAIL**'} ${check.name}: ${check.detail}`),
    `- Aggregator RSS over the run: ${describeMemory(faults.memory)}${memorySteady(faults.memory) ? '' : ' (**still rising**)'}.`,
    '- "Recovered after" is the time from the source\'s return to the end of the first complete answer that started after it: about one answer\'s duration here.',
  ].join('\n');
}

export function render(result: BenchResult): string {
  const verdicts = judge(result);
  // Judged before the run only: during it, the load is the bench's own processes.
  const busy = loadAverage(result.uptimeBefore) > result.machine.cores;
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');
  const { options } = result;
  return [
    '# Benchmarks: the aggregator at large-trust scale',
    '',
    '<!-- Written by `npm run bench` (scripts/bench); rerun it rather than editing by hand. -->',
    '',
    `- **Command:** \`${result.command}\`, at commit ${result.checkout.commit}${result.checkout.clean ? '' : ' with uncommitted changes'}.`,
    `- **Date:** ${result.started.replace('T', ' ').slice(0, 16)} UTC; the run took ${Math.round(result.durationSeconds / 60)} min.`,
    `- **Machine:** ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGb} GB RAM; Node ${result.machine.node}; ${result.machine.os}; PostgreSQL ${result.machine.postgres}.`,
    `- **Load:** \`uptime\` before: \`${result.uptimeBefore}\`; after: \`${result.uptimeAfter}\`.`,
    busy
      ? `- **The machine was busy when the run started:** the load average was above its ${result.machine.cores} cores, so the processes here (Strapi, PostgreSQL, the aggregator, the clients) may have shared the CPU with other work. Absolute times may be inflated by that; the ratios between figures measured together are the meaningful part.`
      : `- The machine was quiet when the run started (load average under its ${result.machine.cores} cores); during the run, the load is the bench's own processes.`,
    `- **Data:** the synthetic trust of seed ${options.seed} (scripts/bench/generate), ${options.sizes.join(', ')} academies, 25 objectives and 120 staff each, loaded through the plugin's Document Service into PostgreSQL (${result.data
      .map((entry) => `${entry.academies}: ${entry.reused ? `reused, loaded ${entry.loadedAt.replace('T', ' ').slice(0, 16)} UTC` : `loaded by this run in ${entry.loadSeconds} s`}`)
      .join('; ')}). Report judged on 2026-01-15 for 2025/26.`,
    '',
    '## Targets',
    '',
    table(['target', 'result', 'figure'], verdicts.map((verdict) => [verdict.target, mark(verdict.met), verdict.figure])),
    '',
    ...verdicts.flatMap((verdict) => [`**${verdict.target}** — ${mark(verdict.met)}. ${discussion(verdict, result)}`, '']),
    '## Figures',
    '',
    `Cold: the aggregator with its cache off (\`AGGREGATOR_CACHE_TTL_SECONDS=0\`), so every query reads its sources; ${options['cold-runs']} runs after one untimed run. Warm: another aggregator with an hour's TTL, primed once, ${options['warm-runs']} runs. The naive baseline, slow by design: ${options['naive-runs']} run${options['naive-runs'] === 1 ? '' : 's'}. Percentiles are nearest-rank. Each aggregator runs as in production (\`node aggregator/dist/index.js\`, NODE_ENV=production) in a process of its own; Strapi serves the data over HTTP in another (PostgreSQL pool of ${process.env.BENCH_DATABASE_POOL_MAX ?? 5}).`,
    '',
    sizeTables(result.sizes),
    '',
    '- **Transport floor:** the URLs the aggregator requested (recorded at the counting proxy) fetched from Strapi by a bare HTTP client, all at once at the aggregator\'s concurrency (4 per source), bodies read and dropped.',
    '- **SQL floor:** compliance per academy, the coverage grid and progress (counts by status, overdue actions, stale objectives) computed by three hand-written queries over Strapi\'s tables on the same PostgreSQL, one connection. "Same report" checks its figures, and the naive baseline\'s, against the aggregator\'s answer.',
    '- **Naive baseline:** resolvers without a DataLoader: the academy list, then per academy its plans, statements, information and objective list, then every objective on its own; the same concurrency, zod schemas and calculations.',
    '',
    `### ${options.sources} sources`,
    '',
    result.multi.length
      ? table(
          ['academies', 'sources × latency', 'answered by', 'together (median / p95)', 'one source (median of each alone)', 'together ÷ one', 'sequential sum', 'one source holding every academy'],
          result.multi.flatMap((many) =>
            ([['the one Strapi', many.live], ['memory (latency only)', many.fromMemory]] as const).map(([by, figures]) => [
              many.academies, `${many.sources} × ${many.latencyMs} ms`, by, median(figures.together), ms(figures.oneSource), x(figures.together.median / figures.oneSource), ms(figures.sequentialSum), ms(figures.wholeTrust),
            ]),
          ),
        )
      : 'Not measured (the largest size has fewer academies than sources).',
    '',
    `At the largest size. Each source is a proxy in front of the one Strapi that adds ${options['source-latency']} ms to every request and holds a disjoint share of the academies (filters added to every academy route), authoritative for it. "One source" is an aggregator configured with that source only. "Memory": the same proxies replaying the answers they forwarded in the live runs, after the same latency, without asking Strapi.`,
    '',
    '## Load test',
    '',
    result.load
      ? [
          `autocannon ${AUTOCANNON_VERSION} against the aggregator on loopback, \`trustReport\` (the whole report above) for ${options['load-seconds']} s with ${options['load-connections']} connections, at ${result.load.academies} academies; the aggregator's resident memory sampled every second. GraphQL errors are 200 answers carrying \`errors\`.`,
          '',
          loadTable(result.load),
        ].join('\n')
      : 'Not run.',
    '',
    '## Fault run',
    '',
    result.faults
      ? [
          `Under steady load (${result.faults.connections} clients), at ${result.faults.academies} academies, a second source (a proxy in front of the same Strapi holding ${result.faults.flakyAcademies} academies, authoritative for them) is killed and restarted, answers after its 2 s timeout, and answers malformed JSON, for ${result.faults.phaseSeconds} s or more each, with healthy phases between. An answer inside a fault phase must be partial (the report over the other academies, the faulty source named in a \`SOURCE_UNAVAILABLE\` error); inside a healthy phase, complete. Answers that straddle a change only must not be errors. \`npm run faults\` runs this on its own with a pass/fail exit code.`,
          '',
          faultTable(result.faults),
        ].join('\n')
      : 'Not run.',
    '',
    '## Pay gap calculation alone',
    '',
    `\`genderPayGap\` of @equality-hub/domain on ${result.payGap.records.toLocaleString('en-GB')} synthetic records (${result.payGap.relevantEmployees.toLocaleString('en-GB')} relevant employees), in a process of its own: median ${ms(result.payGap.timing.median)} ms, p95 ${ms(result.payGap.timing.p95)} ms, fastest ${ms(result.payGap.timing.min)} ms over ${result.payGap.timing.runs} runs (after one untimed run); CPU time median ${ms(result.payGap.cpu.median)} ms. Memory: the records take ${result.payGap.recordsHeapMb} MB of heap; one calculation grows the heap by ${result.payGap.calculationHeapMb} MB; the process peaks at ${result.payGap.peakRssMb} MB resident.`,
    '',
  ].join('\n');
}

const jsonBeside = (file: string) => file.replace(/(\.md)?$/, '.json');

/** Writes the report, and its figures as JSON beside it (docs/benchmarks.json). */
export function writeReport(file: string, result: BenchResult): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(jsonBeside(file), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(file, render(result));
}

/** Rewrites a report from the figures a run kept. */
export function renderFrom(json: string, file: string): void {
  fs.writeFileSync(file, render(JSON.parse(fs.readFileSync(json, 'utf8')) as BenchResult));
}

