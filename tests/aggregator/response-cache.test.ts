/**
 * The response cache through the real stack: the demo Strapi behind a counting proxy and the aggregator
 * over HTTP with its cache on. A warm trustReport is answered whole from the cache (Apollo's Age header,
 * no upstream request); Strapi's webhook drops it; pay data, partial answers and anything restricted are
 * never kept, and a cached answer never reaches a viewer who could not have got it.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { ensureAggregatorWebhook } from '../../cms/src/seed/webhook';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import type { Aggregator } from '../../aggregator/src/server';
import { codes, DEMO_AS_OF, DEMO_YEAR, EXECUTIVE, graphql, signIn, signInNonExecutive, startTestAggregator, trustSource } from './helpers';
import { countingProxy, listen, type TestServer } from './upstreams';

const SECRET = crypto.randomBytes(16).toString('hex');
const variables = { year: DEMO_YEAR, asOf: DEMO_AS_OF };

const REPORT = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    academyCount
    ragCounts { red amber green }
    compliance { academy { urn name } rag findings }
    progress { objectiveCount overdueActions { description daysOverdue } }
    trustObjectives { code publishedPayGap { snapshotDate meanHourlyGapPercent } }
  }
}`;

const REPORT_WITH_LATEST_PAY_GAP = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) { academyCount trustObjectives { code latestPayGap { snapshotDate meanHourlyGapPercent } } }
}`;

const PAY_GAP = '{ genderPayGap(snapshotYear: 2024) { snapshotDate meanHourlyGapPercent } }';

describe('the response cache', () => {
  let cms: TestStrapi;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let aggregator: Aggregator;
  let executive: string;
  let governor: string;
  /** A second aggregator, beside a source that is down. */
  let failing: TestServer;
  let partial: Aggregator;
  let failingHits = 0;

  const restrictedReads = () => Object.entries(proxy.byPath()).filter(([path]) => path.startsWith('/api/equality/restricted/')).reduce((sum, [, count]) => sum + count, 0);

  before(async () => {
    cms = await startStrapi({ env: { AGGREGATOR_WEBHOOK_SECRET: SECRET } });
    proxy = await countingProxy(cms.url);
    aggregator = await startTestAggregator([trustSource(proxy.url)], { cacheTtlSeconds: 300, webhookSecret: SECRET });
    // Strapi calls this aggregator's webhook on every change, as the seed sets it up for the configured URL.
    process.env.AGGREGATOR_WEBHOOK_URL = `${aggregator.url}/webhooks/strapi`;
    await ensureAggregatorWebhook(cms.strapi);
    executive = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
    governor = await signInNonExecutive(cms);

    failing = await listen((_request, response) => {
      failingHits += 1;
      response.writeHead(503).end('unavailable');
    });
    process.env.FAILING_SOURCE_TOKEN = 'not-a-real-token';
    partial = await startTestAggregator(
      [trustSource(cms.url), { name: 'north', baseUrl: failing.url, tokenEnv: 'FAILING_SOURCE_TOKEN', academies: ['170001'], retries: 0 }],
      { cacheTtlSeconds: 300 },
    );
  });

  after(async () => {
    await aggregator?.stop();
    await partial?.stop();
    await failing?.close();
    await proxy?.close();
    await cms?.stop();
  });

  it('answers a second identical trustReport whole from the cache, without asking Strapi', async () => {
    const first = await graphql(aggregator.url, REPORT, { variables });
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    assert.equal(first.headers.get('age'), null, 'the first answer was computed');
    proxy.reset();

    const second = await graphql(aggregator.url, REPORT, { variables });
    assert.deepEqual(second.body, first.body);
    assert.equal(proxy.total(), 0);
    assert.notEqual(second.headers.get('age'), null, 'the second answer came from the response cache');
    assert.equal(second.headers.get('cache-control'), 'no-store', 'only the aggregator keeps it: only it hears the webhook');
  });

  it('still authenticates every request: a bad token is refused even when the answer is cached', async () => {
    const refused = await graphql(aggregator.url, REPORT, { variables, token: 'not-a-jwt' });
    assert.equal(refused.status, 401);
    assert.deepEqual(codes(refused.body), ['UNAUTHENTICATED']);
  });

  it('never serves a pay gap from the cache: every call reads the restricted routes', async () => {
    for (let call = 0; call < 2; call += 1) {
      proxy.reset();
      const { body, headers } = await graphql(aggregator.url, PAY_GAP, { token: executive });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.ok(body.data.genderPayGap.snapshotDate);
      assert.ok(restrictedReads() > 0, `call ${call + 1} read the pay records`);
      assert.equal(headers.get('age'), null);
    }
  });

  it('never keeps an answer holding a restricted field, so nobody else can be served it', async () => {
    for (let call = 0; call < 2; call += 1) {
      proxy.reset();
      const { body, headers } = await graphql(aggregator.url, REPORT_WITH_LATEST_PAY_GAP, { variables, token: executive });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.ok(body.data.trustReport.trustObjectives.some((objective: any) => objective.latestPayGap), 'the executive sees the latest pay gap');
      assert.ok(restrictedReads() > 0, `call ${call + 1} read the pay snapshots`);
      assert.equal(headers.get('age'), null);
    }
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [governor, 'FORBIDDEN']] as const) {
      const { body } = await graphql(aggregator.url, REPORT_WITH_LATEST_PAY_GAP, { variables, token });
      assert.ok(body.data.trustReport.trustObjectives.every((objective: any) => objective.latestPayGap === null));
      assert.ok(codes(body).includes(code), `${code}: ${JSON.stringify(body.errors)}`);
    }
  });

  it('serves the public answer alike to every viewer, as each would get it uncached', async () => {
    const anonymous = await graphql(aggregator.url, REPORT, { variables });
    for (const token of [governor, executive]) {
      const { body } = await graphql(aggregator.url, REPORT, { variables, token });
      assert.deepEqual(body, anonymous.body);
    }
  });

  it('runs the Board report through the cache: the public report twice, the same numbers', async () => {
    const url = `${aggregator.url}/reports/trust.csv?academicYear=${encodeURIComponent(DEMO_YEAR)}&asOf=${DEMO_AS_OF}`;
    const first = await fetch(url);
    assert.equal(first.status, 200);
    proxy.reset();
    const second = await fetch(url);
    assert.equal(second.status, 200);
    assert.equal(await second.text(), await first.text());
    assert.equal(proxy.total(), 0);
  });

  it('does not keep a partial answer (a source down): the next request reads the sources again', async () => {
    // No field fails here: the only errors are the source's, added as the response is sent.
    const query = `query($year: String!, $asOf: Date) { trustReport(academicYear: $year, asOf: $asOf) { academyCount missingAcademies { urn } } }`;
    for (let call = 0; call < 2; call += 1) {
      const hitsBefore = failingHits;
      const { body, headers } = await graphql(partial.url, query, { variables });
      assert.equal(body.data.trustReport.academyCount, 4);
      assert.deepEqual(body.data.trustReport.missingAcademies, [{ urn: '170001' }]);
      assert.ok(codes(body).includes('SOURCE_UNAVAILABLE'), JSON.stringify(body.errors));
      assert.ok(failingHits > hitsBefore, `call ${call + 1} asked the failing source again`);
      assert.equal(headers.get('age'), null);
    }
  });

  it('drops cached answers when Strapi changes (its webhook), so the next answer shows the change', async () => {
    const before = await graphql(aggregator.url, REPORT, { variables });
    assert.notEqual(before.headers.get('age'), null, 'cached before the change');
    const academy = await cms.strapi.documents(UID.ACADEMY).findFirst({ filters: { urn: '139003' } } as never);
    await cms.strapi.documents(UID.ACADEMY).update({ documentId: academy!.documentId, data: { name: 'Renamed while cached' } } as never);

    let names: string[] = [];
    for (let attempt = 0; attempt < 50 && !names.includes('Renamed while cached'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { body } = await graphql(aggregator.url, REPORT, { variables });
      names = body.data.trustReport.compliance.map((entry: any) => entry.academy.name);
    }
    assert.ok(names.includes('Renamed while cached'), `still served ${names.join(', ')}`);
  });
});
