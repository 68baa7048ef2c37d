/**
 * Upstream requests for a report = Σ over sources and types of ⌈records ÷ page size⌉ (at least one
 * request per type, to learn there are none), nothing per academy or objective. Checked with a fixed
 * page size at 3 and at 30 academies, counting the requests that reach Strapi through a proxy.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import type { Aggregator } from '../../aggregator/src/server';
import { addAcademy, createReadOnlyToken } from './academies';
import { DEMO_AS_OF, DEMO_YEAR, graphql, startTestAggregator } from './helpers';
import { countingProxy } from './upstreams';

const PAGE_SIZE = 5;
const OBJECTIVES_PER_ACADEMY = 2;

const REPORT = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    academyCount
    compliance { academy { name } rag plan { title } }
    coverage { allCount gaps { aim } }
    progress { objectiveCount overdueActions { objective { academy { name } } } }
    trustObjectives { code }
  }
}`;

describe('batching', () => {
  let cms: TestStrapi;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let aggregator: Aggregator;
  const tokenFile = path.join(os.tmpdir(), `eqhub-batching-${process.pid}.token`);

  before(async () => {
    cms = await startStrapi({ empty: true, env: { SEED_DEMO: 'false' } });
    fs.writeFileSync(tokenFile, await createReadOnlyToken(cms.strapi));
    proxy = await countingProxy(cms.url);
    aggregator = await startTestAggregator([{ name: 'trust', baseUrl: proxy.url, tokenFile, trust: true, pageSize: PAGE_SIZE }]);
  });

  after(async () => {
    await aggregator?.stop();
    await proxy?.close();
    await cms?.stop();
    fs.rmSync(tokenFile, { force: true });
  });

  /** The formula, from what Strapi actually holds (published). */
  async function expectedRequests() {
    const count = (uid: (typeof UID)[keyof typeof UID]) => cms.strapi.documents(uid).count({ status: 'published' } as never);
    const totals = [
      await count(UID.ACADEMY), await count(UID.PLAN), await count(UID.OBJECTIVE),
      await count(UID.STATEMENT), await count(UID.INFORMATION), await count(UID.TRUST_OBJECTIVE),
    ];
    return { totals, requests: totals.reduce((sum, total) => sum + Math.max(1, Math.ceil(total / PAGE_SIZE)), 0) };
  }

  async function report(academies: number) {
    proxy.reset();
    const { body } = await graphql(aggregator.url, REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data.trustReport.academyCount, academies);
    assert.equal(body.data.trustReport.progress.objectiveCount, academies * OBJECTIVES_PER_ACADEMY);
    return proxy.total();
  }

  it('at 3 academies: 1 + 1 + 2 + 1 + 1 + 1 = 7 requests', async () => {
    for (let index = 1; index <= 3; index += 1) {
      await addAcademy(cms.strapi, { name: `Academy ${index}`, slug: `academy-${index}`, urn: String(200000 + index) }, OBJECTIVES_PER_ACADEMY);
    }
    const { totals, requests } = await expectedRequests();
    assert.deepEqual(totals, [3, 3, 6, 3, 3, 0]);
    assert.equal(requests, 7);
    assert.equal(await report(3), requests);
  });

  it('at 30 academies: 6 + 6 + 12 + 6 + 6 + 1 = 37 requests, not one per academy', async () => {
    for (let index = 4; index <= 30; index += 1) {
      await addAcademy(cms.strapi, { name: `Academy ${index}`, slug: `academy-${index}`, urn: String(200000 + index) }, OBJECTIVES_PER_ACADEMY);
    }
    const { totals, requests } = await expectedRequests();
    assert.deepEqual(totals, [30, 30, 60, 30, 30, 0]);
    assert.equal(requests, 37);
    assert.equal(await report(30), requests);
  });
});
