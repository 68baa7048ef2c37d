import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, parseSources } from './config';

const trust = { name: 'trust', baseUrl: 'http://127.0.0.1:1337/', tokenFile: 'config/secrets/aggregator.token', trust: true };

describe('sources config', () => {
  it('applies defaults and trims the base URL', () => {
    const [source] = parseSources(JSON.stringify({ sources: [trust] }), 'test');
    assert.deepEqual(source, {
      ...trust, baseUrl: 'http://127.0.0.1:1337', academies: [], timeoutMs: 5000, concurrency: 4, pageSize: 100, retries: 1,
    });
  });

  it('names the bad entry and field', () => {
    const bad = { sources: [trust, { name: 'north', baseUrl: 'http://north.example', tokenFile: 't', academies: ['12345'], pageSize: 500 }] };
    assert.throws(() => parseSources(JSON.stringify(bad), 'sources.json'), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /sources\[1\] \("north"\)\.academies\.0: a URN of six digits/);
      assert.match(error.message, /sources\[1\] \("north"\)\.pageSize/);
      return true;
    });
  });

  it('needs exactly one Trust source, unique names and a token', () => {
    assert.throws(() => parseSources(JSON.stringify({ sources: [{ ...trust, trust: false }] }), 'x'), /exactly one source must have "trust": true/);
    assert.throws(() => parseSources(JSON.stringify({ sources: [trust, trust] }), 'x'), /"trust" is used twice/);
    const { tokenFile: _tokenFile, ...noToken } = trust;
    assert.throws(() => parseSources(JSON.stringify({ sources: [noToken] }), 'x'), /sources\[0\] \("trust"\)\.tokenFile: needs exactly one of tokenFile or tokenEnv/);
    assert.throws(() => parseSources('{ nope', 'x'), /x is not valid JSON/);
  });

  it('takes the restricted token on the Trust source only, from one place, apart from the read-only token', () => {
    const withRestricted = { ...trust, restrictedTokenFile: 'config/secrets/aggregator-restricted.token' };
    assert.equal(parseSources(JSON.stringify({ sources: [withRestricted] }), 'x')[0]!.restrictedTokenFile, withRestricted.restrictedTokenFile);
    const north = { name: 'north', baseUrl: 'http://north.example', tokenFile: 't', restrictedTokenEnv: 'NORTH_PAY' };
    assert.throws(
      () => parseSources(JSON.stringify({ sources: [trust, north] }), 'x'),
      /sources\[1\] \("north"\)\.restrictedTokenEnv: is only allowed on the Trust source \("trust": true\)/,
    );
    assert.throws(
      () => parseSources(JSON.stringify({ sources: [{ ...withRestricted, restrictedTokenEnv: 'PAY' }] }), 'x'),
      /restrictedTokenFile: give one of restrictedTokenFile or restrictedTokenEnv, not both/,
    );
    assert.throws(
      () => parseSources(JSON.stringify({ sources: [{ ...trust, restrictedTokenFile: trust.tokenFile }] }), 'x'),
      /restrictedTokenFile: must name a different token from the read-only one/,
    );
  });

  it('reads the environment', () => {
    const config = loadConfig({ AGGREGATOR_SOURCES: JSON.stringify({ sources: [trust] }), AGGREGATOR_PORT: '4100', NODE_ENV: 'production' });
    assert.equal(config.port, 4100);
    assert.equal(config.production, true);
    assert.equal(config.cacheTtlSeconds, 30);
    assert.throws(() => loadConfig({ AGGREGATOR_SOURCES: JSON.stringify({ sources: [trust] }), REDIS_URL: 'http://x' }), /REDIS_URL: must be a redis:\/\/ URL/);
  });
});
