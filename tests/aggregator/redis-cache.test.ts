/**
 * With REDIS_URL set, two aggregator processes share one cache (the machine's Redis): what one read
 * from Strapi, and the answers it made, the other serves without asking Strapi again, and a change in
 * Strapi (its webhook calls one aggregator) invalidates the cache for both.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { ensureAggregatorWebhook } from '../../cms/src/seed/webhook';
import { ROOT, requiredEnv } from '../helpers/environment';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { DEMO_AS_OF, DEMO_YEAR, graphql } from './helpers';
import { countingProxy } from './upstreams';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = crypto.randomBytes(16).toString('hex');
const PREFIX = `eqhub:test:${crypto.randomBytes(4).toString('hex')}:`;

interface Child {
  process: ChildProcess;
  url: string;
}

/** `node aggregator/src/index.ts` as its own process, on a free port. */
async function startAggregatorProcess(sourcesUrl: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'aggregator', 'src', 'index.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      AGGREGATOR_PORT: '0',
      AGGREGATOR_SOURCES: JSON.stringify({ sources: [{ name: 'trust', baseUrl: sourcesUrl, tokenFile: requiredEnv('AGGREGATOR_TOKEN_FILE'), trust: true }] }),
      REDIS_URL,
      AGGREGATOR_REDIS_PREFIX: PREFIX,
      AGGREGATOR_CACHE_TTL_SECONDS: '300',
      AGGREGATOR_WEBHOOK_SECRET: SECRET,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of readline.createInterface({ input: child.stdout! })) {
    const ready = /GraphQL ready at (http:\/\/\S+)\/graphql/.exec(line);
    if (ready) return { process: child, url: ready[1]! };
  }
  throw new Error('the aggregator exited before it was ready');
}

async function stopProcess(child: Child | undefined) {
  if (!child || child.process.exitCode !== null) return;
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.kill('SIGTERM');
  await exited;
}

const QUERY = `query($year: String!, $asOf: Date) {
  academies { urn name }
  trustReport(academicYear: $year, asOf: $asOf) { academyCount ragCounts { red amber green } }
}`;

describe('a shared Redis cache', () => {
  let cms: TestStrapi;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let first: Child;
  let second: Child;

  before(async () => {
    cms = await startStrapi({ env: { AGGREGATOR_WEBHOOK_SECRET: SECRET } });
    proxy = await countingProxy(cms.url);
    [first, second] = await Promise.all([startAggregatorProcess(proxy.url), startAggregatorProcess(proxy.url)]);
    // Point Strapi's webhook at the first aggregator, as the seed does for the configured URL.
    process.env.AGGREGATOR_WEBHOOK_URL = `${first.url}/webhooks/strapi`;
    await ensureAggregatorWebhook(cms.strapi);
  });

  after(async () => {
    await Promise.all([stopProcess(first), stopProcess(second)]);
    await proxy?.close();
    await cms?.stop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('serves from the second process what the first read, without asking Strapi again', async () => {
    const variables = { year: DEMO_YEAR, asOf: DEMO_AS_OF };
    const fromFirst = await graphql(first.url, QUERY, { variables });
    assert.equal(fromFirst.body.errors, undefined, JSON.stringify(fromFirst.body.errors));
    const readByFirst = proxy.total();
    assert.equal(readByFirst, 5, 'one page of each academy type');

    const fromSecond = await graphql(second.url, QUERY, { variables });
    assert.deepEqual(fromSecond.body, fromFirst.body);
    assert.equal(proxy.total(), readByFirst, 'the second process read nothing from Strapi');
    assert.notEqual(fromSecond.headers.get('age'), null, 'the second process served the first one\'s whole answer');
  });

  it('is invalidated for both processes when Strapi changes (webhook to the first)', async () => {
    const academy = await cms.strapi.documents(UID.ACADEMY).findFirst({ filters: { urn: '139003' } } as never);
    const before = proxy.total();
    await cms.strapi.documents(UID.ACADEMY).update({ documentId: academy!.documentId, data: { name: 'Brook and Meadow (renamed)' } } as never);

    let names: string[] = [];
    for (let attempt = 0; attempt < 50 && !names.includes('Brook and Meadow (renamed)'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { body } = await graphql(second.url, '{ academies { name } }');
      names = body.data.academies.map((entry: { name: string }) => entry.name);
    }
    assert.ok(names.includes('Brook and Meadow (renamed)'), `second process still serves ${names.join(', ')}`);
    assert.ok(proxy.total() > before, 'the second process read Strapi again');
  });

  it('refuses a webhook call without the shared secret', async () => {
    const response = await fetch(`${first.url}/webhooks/strapi`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(response.status, 401);
  });
});
