/**
 * The Trust's pay gap end to end: a payroll export imported with the CLI (`npm run import -- pay`) into
 * a real Strapi, then asked for through the aggregator as the Trust executive. The figures are the domain
 * calculation on the file's own rows, and nobody but the executive gets them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PAY_GAP_METHOD, genderPayGap, parsePayrollCsv } from '@equality-hub/domain';
import { ROOT } from '../helpers/environment';
import { runImportCli } from '../helpers/import-cli';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import type { Aggregator } from '../../aggregator/src/server';
import { codes, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource } from './helpers';

const SAMPLE = path.join(ROOT, 'docs', 'samples', 'payroll-sample.csv');
const QUERY = `query { genderPayGap(snapshotYear: 2023) { snapshotDate approved relevantEmployees meanHourlyGapPercent medianHourlyGapPercent quartiles { malePercent femalePercent } } }`;

describe('a payroll export, imported and reported', () => {
  let cms: TestStrapi;
  let aggregator: Aggregator;

  before(async () => {
    cms = await startStrapi();
    aggregator = await startTestAggregator([trustSource(cms.url)]);
  });
  after(async () => {
    await aggregator?.stop();
    await cms?.stop();
  });

  it('gives the executive the figures of the imported file, and nobody else', async () => {
    const imported = await runImportCli(['pay', SAMPLE, '--snapshot', '2023-03-31']);
    assert.equal(imported.code, 0, imported.stderr);

    const parsed = parsePayrollCsv(fs.readFileSync(SAMPLE, 'utf8'), { academies: ['st-georges', 'chances-mentoring', 'brook-and-meadow', 'oakfield-primary'] });
    assert.ok(parsed.ok);
    const expected = genderPayGap(parsed.records, { method: DEFAULT_PAY_GAP_METHOD });

    const token = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
    const { body } = await graphql(aggregator.url, QUERY, { token });
    assert.deepEqual(body.errors ?? [], []);
    const figures = body.data.genderPayGap;
    assert.equal(figures.snapshotDate, '2023-03-31');
    assert.equal(figures.approved, false);
    assert.equal(figures.relevantEmployees, parsed.records.length);
    assert.equal(figures.meanHourlyGapPercent, expected.meanHourlyGapPercent);
    assert.equal(figures.medianHourlyGapPercent, expected.medianHourlyGapPercent);
    assert.deepEqual(figures.quartiles, expected.quartiles.map(({ malePercent, femalePercent }) => ({ malePercent, femalePercent })));

    const anonymous = await graphql(aggregator.url, QUERY);
    assert.equal(anonymous.body.data?.genderPayGap ?? null, null);
    assert.ok(codes(anonymous.body).length > 0, 'the anonymous caller is refused');
  });
});
