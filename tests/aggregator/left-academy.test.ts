/**
 * An academy that has left the Trust stays in history (listed by `academies`) but drops out of the
 * reports judged on or after the day it left.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import type { Aggregator } from '../../aggregator/src/server';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { DEMO_YEAR, graphql, startTestAggregator, trustSource } from './helpers';

const LEFT_ON = '2026-01-01';

let cms: TestStrapi;
let aggregator: Aggregator;

before(async () => {
  cms = await startStrapi();
  const [oakfield] = (await cms.strapi.documents(UID.ACADEMY).findMany({ filters: { slug: 'oakfield-primary' } })) as any[];
  await cms.strapi.documents(UID.ACADEMY).update({ documentId: oakfield.documentId, data: { leftOn: LEFT_ON } } as never);
  aggregator = await startTestAggregator([trustSource(cms.url)]);
});

after(async () => {
  await aggregator?.stop();
  await cms?.stop();
});

describe('an academy that has left the Trust', () => {
  const report = (asOf: string) =>
    graphql(aggregator.url, `query($year: String!, $asOf: Date) { trustReport(academicYear: $year, asOf: $asOf) { academyCount compliance { academy { slug } } } }`, {
      variables: { year: DEMO_YEAR, asOf },
    });

  it('is left out of reports from the day it left', async () => {
    const response = await report('2026-01-15');
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.data.trustReport.academyCount, 3);
    const slugs = response.body.data.trustReport.compliance.map((entry: any) => entry.academy.slug);
    assert.ok(!slugs.includes('oakfield-primary'), slugs.join(', '));
  });

  it('is still reported on a day before it left', async () => {
    const response = await report('2025-12-31');
    assert.equal(response.body.data.trustReport.academyCount, 4);
  });

  it('stays in the history of academies, with the day it left', async () => {
    const response = await graphql(aggregator.url, '{ academies { slug leftOn } }');
    const oakfield = response.body.data.academies.find((academy: any) => academy.slug === 'oakfield-primary');
    assert.equal(oakfield.leftOn, LEFT_ON);
  });
});
