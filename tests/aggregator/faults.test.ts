/**
 * Faults: beside the real demo Strapi, a source that times out, one that is down, and one that returns
 * malformed records (and fails some requests). Each leaves the rest of the report intact and is
 * reported in `sources` and in the errors' extensions, with the academies it leaves out.
 *
 * Then a short version of `npm run faults` (scripts/bench/faults): under steady load, a source in front of
 * the same Strapi is killed and restarted, answers after the timeout, and answers malformed JSON; every
 * answer is partial exactly while a fault is on, none is an error, and the aggregator recovers each time.
 */
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import type { Aggregator } from '../../aggregator/src/server';
import { requiredEnv } from '../helpers/environment';
import { runFaultScenario, phasesOf } from '../../scripts/bench/faults/scenario';
import { startSourceProxy } from '../../scripts/bench/run/source-proxy';
import { DEMO_AS_OF, DEMO_YEAR, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource } from './helpers';
import { listen, page, type TestServer } from './upstreams';

const TIMEOUT_MS = 300;
const ref = { documentId: 'acad-150001', name: 'Fallow Academy', slug: 'fallow', urn: '150001' };

/** What the "garbage" source answers, by route. */
const GARBAGE: Record<string, (response: ServerResponse) => void> = {
  '/api/equality/academies': (response) =>
    json(response, page([{ ...ref, phase: 'primary' }, { documentId: 'bad-academy', name: 'No URN Academy', slug: 'no-urn', urn: 'abc' }])),
  '/api/equality/plans': (response) =>
    json(response, page([{ documentId: 'plan-1', title: 'Fallow plan', periodStart: '2024-09-01', periodEnd: '2028-08-31', academy: ref }])),
  '/api/equality/objectives': (response) =>
    json(response, page([{ documentId: 'bad-objective', objective: 'No aims', psedAims: [], protectedCharacteristics: ['race'], targetGroups: [], academy: ref }])),
  // Fails every time (retried once), so Fallow's statements cannot be read.
  '/api/equality/statements': (response) => {
    response.writeHead(502).end('bad gateway');
  },
  '/api/equality/information': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
  },
};

function json(response: ServerResponse, body: unknown) {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

describe('faulty sources', () => {
  let cms: TestStrapi;
  let fake: TestServer;
  let slow: TestServer;
  let closed: TestServer;
  let aggregator: Aggregator;
  let token: string;
  const hits = new Map<string, number>();

  before(async () => {
    cms = await startStrapi();
    // Never answers: without the per-request timeout the report would wait forever.
    slow = await listen(() => undefined);
    fake = await listen((request, response) => {
      const route = (request.url ?? '').split('?')[0]!;
      hits.set(route, (hits.get(route) ?? 0) + 1);
      const answer = GARBAGE[route];
      if (answer) answer(response);
      else response.writeHead(404).end();
    });
    // A port that was open a moment ago and is now closed: connection refused.
    closed = await listen(() => undefined);
    await closed.close();
    const faulty = { tokenEnv: 'FAULTY_SOURCE_TOKEN' };
    process.env.FAULTY_SOURCE_TOKEN = 'not-a-real-token';
    aggregator = await startTestAggregator([
      trustSource(cms.url),
      { ...faulty, name: 'slow', baseUrl: slow.url, academies: ['160001'], retries: 0, timeoutMs: TIMEOUT_MS },
      { ...faulty, name: 'down', baseUrl: closed.url, academies: ['170001'], retries: 0 },
      { ...faulty, name: 'garbage', baseUrl: fake.url, retries: 1 },
    ]);
    token = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
  });

  after(async () => {
    await aggregator?.stop();
    await fake?.close();
    await slow?.close();
    await cms?.stop();
  });

  it('reports over the healthy source, with the missing academies and each failed source in the errors', async () => {
    const started = Date.now();
    const { status, body } = await graphql(aggregator.url, `query($year: String!, $asOf: Date) {
      trustReport(academicYear: $year, asOf: $asOf) {
        academyCount ragCounts { red amber green }
        compliance { academy { slug } rag }
        progress { objectiveCount }
        missingAcademies { urn name sources reason }
      }
    }`, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    assert.equal(status, 200);
    const report = body.data.trustReport;
    // The demo's four academies, untouched by the others' faults.
    assert.equal(report.academyCount, 4);
    assert.deepEqual(report.ragCounts, { red: 1, amber: 3, green: 0 });
    assert.equal(report.progress.objectiveCount, 13);
    assert.deepEqual(report.missingAcademies, [
      { urn: '160001', name: null, sources: ['slow'], reason: 'its source "slow" did not answer' },
      { urn: '170001', name: null, sources: ['down'], reason: 'its source "down" did not answer' },
      { urn: '150001', name: 'Fallow Academy', sources: ['garbage'], reason: 'its source "garbage" could not be read in full' },
    ]);

    // Fallow's entry is null with an error at its path: partial data, never a failed query.
    const fallowIndex = report.compliance.findIndex((entry: unknown) => entry === null);
    assert.equal(report.compliance.filter((entry: unknown) => entry === null).length, 1);
    const itemError = body.errors!.find((error) => error.path?.join('/') === `trustReport/compliance/${fallowIndex}`);
    assert.equal(itemError?.extensions?.code, 'SOURCE_UNAVAILABLE');
    assert.deepEqual(itemError?.extensions?.academies, ['150001']);

    const bySource = Object.fromEntries(
      body.errors!.filter((error) => !error.path).map((error) => [error.extensions!.source, error.extensions]),
    );
    assert.deepEqual(Object.keys(bySource).sort(), ['down', 'garbage', 'slow']);
    assert.deepEqual(bySource.slow.academies, ['160001']);
    assert.deepEqual(bySource.down.academies, ['170001']);
    assert.deepEqual(bySource.garbage.types.sort(), ['information', 'statements']);
    assert.ok(body.errors!.every((error) => !JSON.stringify(error).includes('127.0.0.1')), 'no upstream URL in errors');
  });

  it('marks each source in `sources`, and names every rejected record', async () => {
    const { body } = await graphql(aggregator.url, '{ sources { name status latencyMs rejectedRecords { type id field reason } } }', { token });
    const sources = Object.fromEntries(body.data.sources.map((source: any) => [source.name, source]));
    assert.equal(sources.trust.status, 'OK');
    assert.equal(sources.slow.status, 'DOWN');
    assert.ok(sources.slow.latencyMs >= TIMEOUT_MS - 20, `slow latency ${sources.slow.latencyMs}`);
    assert.equal(sources.down.status, 'DOWN');
    assert.equal(sources.garbage.status, 'DEGRADED');
    assert.deepEqual(sources.trust.rejectedRecords, []);
    assert.deepEqual(
      sources.garbage.rejectedRecords.map((record: any) => [record.type, record.id, record.field]),
      [['academies', 'bad-academy', 'urn'], ['objectives', 'bad-objective', 'psedAims']],
    );
    assert.match(sources.garbage.rejectedRecords[0].reason, /six digits/);
    // The 502 was retried once per read before giving up.
    assert.equal((hits.get('/api/equality/statements') ?? 0) % 2, 0);
  });

  it('keeps the good academy of a malformed source that answered in full', async () => {
    const { body } = await graphql(aggregator.url, '{ academy(slug: "fallow") { urn source objectives { objective } plan { title } } academies { slug } }');
    assert.equal(body.data.academy.urn, '150001');
    assert.deepEqual(body.data.academy.objectives, []);
    assert.equal(body.data.academy.plan.title, 'Fallow plan');
    assert.equal(body.data.academies.length, 5);
    assert.ok(!body.data.academies.some((academy: any) => academy.slug === 'no-urn'));
  });

  it('under load, answers partially exactly while a source is killed, slow or malformed, never errs, and recovers', async () => {
    // Oakfield Primary comes only from the "flaky" source (authoritative for it); the Trust source has the rest.
    const oakfield = '140004';
    const proxy = await startSourceProxy({ target: cms.url, academies: [oakfield] });
    // Generous: a healthy answer must never time out, even on a busy machine; the slow source answers 1 s after it.
    const flakyTimeoutMs = 3_000;
    const underLoad = await startTestAggregator([
      trustSource(cms.url),
      { name: 'flaky', baseUrl: proxy.url, tokenFile: requiredEnv('AGGREGATOR_TOKEN_FILE'), academies: [oakfield], timeoutMs: flakyTimeoutMs, retries: 0 },
    ]);
    try {
      const report = await runFaultScenario({
        url: underLoad.url,
        query: 'query($year: String!, $asOf: Date) { trustReport(academicYear: $year, asOf: $asOf) { academyCount missingAcademies { urn } } }',
        variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF },
        academyCount: (data) => data.trustReport.academyCount,
        connections: 2,
        timeoutMs: 30_000,
        source: { name: 'flaky', proxy },
        phases: phasesOf(400),
        minSamplesPerPhase: 2,
        maxPhaseMs: 20_000,
        slowDelayMs: flakyTimeoutMs + 1_000,
        academies: { all: 4, withoutFaulty: 3 },
        alive: async () => (await fetch(`${underLoad.url}/healthz`)).ok,
      });
      assert.deepEqual(report.checks.filter((check) => !check.ok), [], JSON.stringify(report, null, 2));
      assert.equal(report.totals.errors, 0);
      // Each fault produced partial answers, counted apart from errors, and each healthy phase complete ones.
      for (const phase of report.phases) {
        if (phase.fault === 'none') assert.ok(phase.complete >= 1 && phase.partial === 0, JSON.stringify(phase));
        else assert.ok(phase.partial >= 1 && phase.complete === 0, JSON.stringify(phase));
      }
    } finally {
      await underLoad.stop();
      await proxy.close();
    }
  });
});
