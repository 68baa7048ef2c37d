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
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
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

    // The command line is a write path like any other: one `import` entry, as `system`, with no pay value.
    const audit = (await cms.strapi.documents(UID.AUDIT_ENTRY).findMany({ filters: { action: 'import', contentType: UID.PAY_SNAPSHOT } } as never)) as unknown as Array<Record<string, unknown>>;
    const entry = audit.find((row) => JSON.stringify(row).includes('2023') || row.targetDocumentId === imported.json?.result?.snapshotDocumentId);
    assert.ok(entry, `no import entry in ${JSON.stringify(audit)}`);
    assert.equal(entry.actorType, 'system');
    assert.ok(!JSON.stringify(audit).includes('6120'), 'no pay value in the audit trail');

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
