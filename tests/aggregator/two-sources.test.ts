/**
 * Two Strapi instances holding different academies merge into one report; an academy both publish is a
 * conflict (left out of totals) unless one source is authoritative for it; a slug two URNs share is an
 * error for academy(slug).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import type { Aggregator } from '../../aggregator/src/server';
import { codes, DEMO_AS_OF, DEMO_YEAR, graphql, startTestAggregator, trustSource } from './helpers';

const REPORT = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    academyCount
    compliance { academy { urn source } rag }
    progress { objectiveCount }
    conflicts { urn sources }
    missingAcademies { urn }
  }
}`;

async function startSecondStrapi(): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'second-strapi.ts')], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('{')) return { child, ...JSON.parse(line) };
  }
  throw new Error('the second Strapi exited before it was ready');
}

describe('two Strapi sources', () => {
  let demo: TestStrapi;
  let second: Awaited<ReturnType<typeof startSecondStrapi>>;
  let merged: Aggregator;
  let resolved: Aggregator;

  before(async () => {
    [demo, second] = await Promise.all([startStrapi(), startSecondStrapi()]);
    process.env.SECOND_SOURCE_TOKEN = second.token;
    const secondSource = { name: 'second', baseUrl: second.url, tokenEnv: 'SECOND_SOURCE_TOKEN' };
    merged = await startTestAggregator([trustSource(demo.url), secondSource]);
    resolved = await startTestAggregator([trustSource(demo.url, { academies: ['137001'] }), secondSource]);
  });

  after(async () => {
    await merged?.stop();
    await resolved?.stop();
    if (second?.child.exitCode === null) {
      const exited = new Promise((resolve) => second.child.once('exit', resolve));
      second.child.kill('SIGTERM');
      await exited;
    }
    await demo?.stop();
  });

  it('merges both sources by URN, leaving the academy in both out as a conflict', async () => {
    const { status, body } = await graphql(merged.url, REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const report = body.data.trustReport;
    assert.deepEqual(report.conflicts, [{ urn: '137001', sources: ['second', 'trust'] }]);
    // Three demo academies (St George's is out) and the second source's two others.
    assert.equal(report.academyCount, 5);
    assert.deepEqual(
      report.compliance.map((entry: any) => `${entry.academy.urn}@${entry.academy.source}`).sort(),
      ['139003@trust', '140004@trust', '142002@trust', '150005@second', '150006@second'],
    );
    // Demo objectives without St George's four (13 − 4), plus one for each of the second's two.
    assert.equal(report.progress.objectiveCount, 11);
    assert.deepEqual(report.missingAcademies, []);
  });

  it('gives an academy in both to the source authoritative for it', async () => {
    const { body } = await graphql(resolved.url, REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    const report = body.data.trustReport;
    assert.deepEqual(report.conflicts, []);
    assert.equal(report.academyCount, 6);
    assert.ok(report.compliance.some((entry: any) => entry.academy.urn === '137001' && entry.academy.source === 'trust'));
    assert.equal(report.progress.objectiveCount, 15);
  });

  it('refuses academy(slug) when two URNs share the slug, and answers when one does', async () => {
    const ambiguous = await graphql(resolved.url, '{ academy(slug: "oakfield-primary") { urn } }');
    assert.equal(ambiguous.body.data.academy, null);
    assert.deepEqual(codes(ambiguous.body), ['AMBIGUOUS_SLUG']);
    assert.deepEqual(ambiguous.body.errors![0]!.extensions!.urns.sort(), ['140004', '150006']);
    const single = await graphql(resolved.url, '{ academy(slug: "riverside") { urn source objectives { objective } } }');
    assert.deepEqual(single.body.data.academy, { urn: '150005', source: 'second', objectives: [{ objective: 'Riverside Academy: objective 1' }] });
  });
});
