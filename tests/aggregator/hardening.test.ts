/**
 * Hardening that needs no Strapi: graphql-armor's depth, alias, cost and token limits, CSRF prevention,
 * the body limit, production mode, and a bad configuration stopping the service. The sources here point
 * at a closed port: validation happens before any source is read.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../helpers/environment';
import { request } from '../helpers/http';
import { ARMOR_LIMITS, type Aggregator } from '../../aggregator/src/server';
import { codes, graphql, startTestAggregator } from './helpers';

const CLOSED = { name: 'trust', baseUrl: 'http://127.0.0.1:9', tokenEnv: 'NO_SUCH_TOKEN', trust: true, timeoutMs: 200, retries: 0 };

/** academies → objectives → academy → objectives … : a cycle an attacker can nest at will. */
function nested(levels: number): string {
  let selection = 'name';
  for (let level = 0; level < levels; level += 1) selection = `objectives { academy { ${selection} } }`;
  return `{ academies { ${selection} } }`;
}

const validationFailed = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }, pattern: RegExp) =>
  body.errors?.some((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && pattern.test(error.message));

describe('hardening', () => {
  let development: Aggregator;
  let production: Aggregator;

  before(async () => {
    development = await startTestAggregator([CLOSED]);
    production = await startTestAggregator([CLOSED], { production: true });
  });
  after(async () => {
    await development?.stop();
    await production?.stop();
  });

  it('allows a reasonable nesting and rejects a deeper one', async () => {
    const fine = await graphql(development.url, nested(3));
    assert.equal(fine.status, 200);
    assert.deepEqual(codes(fine.body).filter((code) => code === 'GRAPHQL_VALIDATION_FAILED'), []);
    const deep = await graphql(development.url, nested(6));
    assert.equal(deep.status, 400);
    assert.ok(validationFailed(deep.body, /depth/i), JSON.stringify(deep.body));
    assert.equal(deep.body.data, undefined);
  });

  it('rejects too many aliases', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: sources { name }`).join(' ')} }`;
    assert.equal((await graphql(development.url, aliases(ARMOR_LIMITS.maxAliases))).status, 200);
    const abusive = await graphql(development.url, aliases(ARMOR_LIMITS.maxAliases + 5));
    assert.equal(abusive.status, 400);
    assert.ok(validationFailed(abusive.body, /alias/i), JSON.stringify(abusive.body));
  });

  it('rejects a query whose cost is too high, within the depth and alias limits', async () => {
    const heavy = `academies { name plan { title periodStart periodEnd } statements { title kind nextReviewDue }
      objectives { objective aim psedAims protectedCharacteristics targetGroups progressStatus
        measure { baseline target current unit metric pupilGroup direction }
        actions { description dueOn state completedOn responsible } milestones { date note rag }
        academy { name statements { title } information { figures { value metric pupilGroup marker cohortSize } } } } }`;
    const query = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: ${heavy}`).join(' ')} }`;
    const response = await graphql(development.url, query);
    assert.equal(response.status, 400);
    assert.ok(validationFailed(response.body, /cost/i), JSON.stringify(response.body));
  });

  it('rejects a flood of tokens', async () => {
    const query = `{ sources { ${Array.from({ length: ARMOR_LIMITS.maxTokens }, () => 'name').join(' ')} } }`;
    const response = await graphql(development.url, query);
    assert.equal(response.status, 400);
    assert.match(JSON.stringify(response.body), /token/i);
  });

  it('prevents CSRF: a simple GET without a preflight header is refused', async () => {
    const response = await request(`${development.url}/graphql?query=${encodeURIComponent('{ sources { name } }')}`);
    assert.equal(response.status, 400);
    assert.match(JSON.stringify(response.body), /CSRF/i);
    const preflighted = await request(`${development.url}/graphql?query=${encodeURIComponent('{ sources { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(preflighted.status, 200);
  });

  it('refuses a large body', async () => {
    const response = await graphql(development.url, `{ sources { name } }#${'x'.repeat(40_000)}`);
    assert.equal(response.status, 413);
  });

  it('in development: introspection, suggestions and the landing page are on', async () => {
    const introspection = await graphql(development.url, '{ __schema { queryType { name } } }');
    assert.equal(introspection.body.data.__schema.queryType.name, 'Query');
    const typo = await graphql(development.url, '{ academiez { name } }');
    assert.match(typo.body.errors![0]!.message, /Did you mean "academies"/);
    const landing = await request(`${development.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.equal(landing.status, 200);
  });

  it('in production: introspection, suggestions and the landing page are off', async () => {
    const introspection = await graphql(production.url, '{ __schema { queryType { name } } }');
    assert.equal(introspection.status, 400);
    assert.ok(validationFailed(introspection.body, /introspection/i), JSON.stringify(introspection.body));
    const typo = await graphql(production.url, '{ academiez { name } }');
    assert.doesNotMatch(typo.body.errors![0]!.message, /Did you mean/);
    const landing = await request(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.notEqual(landing.status, 200);
  });

  it('a source that is down leaves public fields answered and says so', async () => {
    const { status, body } = await graphql(development.url, '{ sources { name status } academies { urn } }');
    assert.equal(status, 200);
    assert.deepEqual(body.data, { sources: [{ name: 'trust', status: 'DOWN' }], academies: [] });
    assert.deepEqual(codes(body), ['SOURCE_UNAVAILABLE']);
  });

  it('stops at start-up with a message naming the bad entry of the sources config', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'aggregator', 'src', 'index.ts')], {
      cwd: ROOT,
      env: { ...process.env, AGGREGATOR_SOURCES: JSON.stringify({ sources: [CLOSED, { ...CLOSED, name: 'north', baseUrl: 'not a url', trust: false }] }) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /sources\[1\] \("north"\)\.baseUrl: must be an http\(s\) URL/);
  });
});
