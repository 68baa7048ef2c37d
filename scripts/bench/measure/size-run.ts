/**
 * Everything the bench measures on one trust size, against one running Strapi: the aggregator's cold and
 * warm latency and its upstream requests (counted at a proxy) beside the formula, the transport floor,
 * the SQL floor and the naive baseline, each checked to compute the same report.
 */
import fs from 'node:fs';
import { SNAPSHOT_DATE } from '../generate/synthetic-trust';
import { openDatabase } from '../load/database';
import { BENCH_EXECUTIVE } from '../load/executive';
import { startAggregatorProcess, type SourceEntry } from '../run/aggregator-process';
import { queryOk, signIn } from '../run/graphql';
import { PAY_GAP_QUERY, PAY_GAP_VARIABLES, REPORT_QUERY, REPORT_VARIABLES } from '../run/queries';
import { startSourceProxy } from '../run/source-proxy';
import type { StrapiProcess } from '../run/strapi-process';
import { expectedRequests, naiveRequests, type Expected, type TypeCount } from './formula';
import { naiveReport } from './naive-report';
import { reportFigures, sqlReport } from './sql-floor';
import { interleave, summarise, time, type Summary } from './stats';
import { fetchPages } from './transport-floor';

/** The aggregator's defaults, which the bench keeps. */
export const PAGE_SIZE = 100;
export const CONCURRENCY = 4;
const STALE_AFTER_DAYS = 120;

export interface SizeOptions {
  academies: number;
  databaseUrl: string;
  strapi: StrapiProcess;
  coldRuns: number;
  warmRuns: number;
  naiveRuns: number;
  log: (message: string) => void;
}

export interface QueryFigures {
  cold: Summary;
  warm: Summary;
  requests: { counted: number; expected: Expected };
}

export interface SizeResult {
  academies: number;
  records: TypeCount[];
  trustReport: QueryFigures;
  genderPayGap: QueryFigures;
  transportFloor: Summary & { pages: number; megabytes: number };
  sqlFloor: Summary;
  naive: { timing: Summary; requests: number; expectedRequests: number };
  /** Aggregator, SQL floor and naive baseline agreed on the report's figures. */
  sameReport: boolean;
}

const ACADEMY_ROUTES: Record<string, string> = {
  academies: '/api/equality/academies',
  plans: '/api/equality/plans',
  objectives: '/api/equality/objectives',
  statements: '/api/equality/statements',
  information: '/api/equality/information',
  'trust-objectives': '/api/equality/trust-objectives',
};

/** How many records each route holds, as the aggregator will see them (the routes' own totals). */
async function recordCounts(strapi: StrapiProcess): Promise<{ report: TypeCount[]; pay: TypeCount[] }> {
  const total = async (path: string, token: string, query = 'pagination[pageSize]=1') => {
    const response = await fetch(`${strapi.url}${path}?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return ((await response.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total;
  };
  const token = fs.readFileSync(strapi.tokenFile, 'utf8').trim();
  const restricted = fs.readFileSync(strapi.restrictedTokenFile, 'utf8').trim();
  const report = await Promise.all(Object.entries(ACADEMY_ROUTES).map(async ([type, path]) => ({ type, records: await total(path, token) })));
  const pay = [
    { type: 'pay-snapshots', records: await total('/api/equality/restricted/pay-snapshots', restricted, 'pageSize=1') },
    { type: 'pay-records', records: await total('/api/equality/restricted/pay-records', restricted, `pageSize=1&snapshot=${SNAPSHOT_DATE}`) },
  ];
  return { report, pay };
}

function sameFigures(a: unknown, b: unknown, what: string, log: (message: string) => void): boolean {
  const same = JSON.stringify(a) === JSON.stringify(b);
  if (!same) log(`  ${what} differs:\n    ${JSON.stringify(a)}\n    ${JSON.stringify(b)}`);
  return same;
}

export async function measureSize(options: SizeOptions): Promise<SizeResult> {
  const { strapi, log } = options;
  const trust = (baseUrl: string): SourceEntry => ({
    name: 'trust', baseUrl, tokenFile: strapi.tokenFile, restrictedTokenFile: strapi.restrictedTokenFile, trust: true, timeoutMs: 60_000,
  });
  const token = await signIn(strapi.url, BENCH_EXECUTIVE.email, BENCH_EXECUTIVE.password);
  const counts = await recordCounts(strapi);
  const report = () => queryOk(cold.url, REPORT_QUERY, { variables: REPORT_VARIABLES });
  const payGap = (url: string) => () => queryOk(url, PAY_GAP_QUERY, { variables: PAY_GAP_VARIABLES, token });

  // Cold: no cache at all, every query reads its source. Warm: records and whole answers cached for an hour.
  const cold = await startAggregatorProcess([trust(strapi.url)], { cacheTtlSeconds: 0 });
  const warm = await startAggregatorProcess([trust(strapi.url)], { cacheTtlSeconds: 3_600 });
  const proxy = await startSourceProxy({ target: strapi.url });
  const counted = await startAggregatorProcess([trust(proxy.url)], { cacheTtlSeconds: 0 });
  const sql = await openDatabase(options.databaseUrl);
  try {
    // Only the equality API is counted: the executive's sign-in check (/api/users/me) is not a report read.
    log('  upstream requests at the counting proxy…');
    const answer = await queryOk(counted.url, REPORT_QUERY, { variables: REPORT_VARIABLES });
    const reportPages = proxy.recorded();
    proxy.reset();
    await payGap(counted.url)();
    const payRequests = proxy.count();

    // Cold, the transport floor and the SQL floor in turn, round after round, so all three see the same
    // background load; each once untimed first (the SQL floor's answer is kept for the comparison).
    log(`  trustReport cold, transport floor, SQL floor (${options.coldRuns} rounds)…`);
    const sqlOptions = { asOf: REPORT_VARIABLES.asOf, academicYear: REPORT_VARIABLES.year, staleAfterDays: STALE_AFTER_DAYS };
    await report();
    const megabytes = (await fetchPages(strapi.url, reportPages, CONCURRENCY)) / 1024 / 1024;
    const sqlFigures = await sqlReport(sql, sqlOptions);
    const [reportColdTimes, transport, sqlTimes] = await interleave(
      [report, () => fetchPages(strapi.url, reportPages, CONCURRENCY), () => sqlReport(sql, sqlOptions)],
      options.coldRuns,
    );
    const reportCold = summarise(reportColdTimes!);
    log(`  trustReport warm (${options.warmRuns} runs)…`);
    const reportWarm = summarise(await time(() => queryOk(warm.url, REPORT_QUERY, { variables: REPORT_VARIABLES }), options.warmRuns));
    log('  genderPayGap, cold and "warm"…');
    const payCold = summarise(await time(payGap(cold.url), options.coldRuns));
    // Restricted reads are never cached, by design: "warm" here only has the executive's sign-in remembered.
    const payWarm = summarise(await time(payGap(warm.url), options.coldRuns));

    log('  naive baseline…');
    const naiveOptions = { baseUrl: strapi.url, token: fs.readFileSync(strapi.tokenFile, 'utf8').trim(), pageSize: PAGE_SIZE, concurrency: CONCURRENCY, ...sqlOptions };
    // Slow by design: every run is timed, the first included, and its answer kept for the comparison.
    const naiveRuns: Awaited<ReturnType<typeof naiveReport>>[] = [];
    const naiveTimes = await time(async () => naiveRuns.push(await naiveReport(naiveOptions)), options.naiveRuns, 0);
    const naive = naiveRuns[0]!;

    const figures = reportFigures(answer);
    const sameReport =
      sameFigures(figures, sqlFigures, 'aggregator vs SQL floor', log) &&
      sameFigures(
        { academyCount: figures.academyCount, ragCounts: figures.ragCounts, objectiveCount: figures.objectiveCount },
        { academyCount: naive.academyCount, ragCounts: naive.ragCounts, objectiveCount: naive.objectiveCount },
        'aggregator vs naive baseline',
        log,
      );
    const objectives = counts.report.find((count) => count.type === 'objectives')!.records;
    return {
      academies: options.academies,
      records: [...counts.report, ...counts.pay],
      trustReport: { cold: reportCold, warm: reportWarm, requests: { counted: reportPages.length, expected: expectedRequests(counts.report, PAGE_SIZE) } },
      genderPayGap: { cold: payCold, warm: payWarm, requests: { counted: payRequests, expected: expectedRequests(counts.pay, PAGE_SIZE) } },
      transportFloor: { ...summarise(transport!), pages: reportPages.length, megabytes: Math.round(megabytes * 10) / 10 },
      sqlFloor: summarise(sqlTimes!),
      naive: { timing: summarise(naiveTimes), requests: naive.requests, expectedRequests: naiveRequests(options.academies, objectives, PAGE_SIZE, 1) },
      sameReport,
    };
  } finally {
    await sql.end();
    await Promise.all([cold.stop(), warm.stop(), counted.stop(), proxy.close()]);
  }
}
