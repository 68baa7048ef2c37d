import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryCache, type RecordCache } from '../cache';
import { responseStore } from './store';

/** A record cache that remembers the TTL of each write. */
function recordingCache(): RecordCache & { ttls: Map<string, number> } {
  const memory = createMemoryCache();
  const ttls = new Map<string, number>();
  return {
    ...memory,
    ttls,
    async set(key, value, ttlSeconds) {
      ttls.set(key, ttlSeconds);
      await memory.set(key, value, ttlSeconds);
    },
  };
}

describe('the response store', () => {
  it('keeps a response in the record cache, apart from the records', async () => {
    const records = createMemoryCache();
    const store = responseStore(records, 30);
    await records.set('fqc:abc', 'a record', 30);
    await store.set('fqc:abc', '{"data":{}}', { ttl: 30 });
    assert.equal(await store.get('fqc:abc'), '{"data":{}}');
    assert.equal(await records.get('fqc:abc'), 'a record');
  });

  it('drops its responses when the record cache is invalidated (a Strapi webhook)', async () => {
    const records = createMemoryCache();
    const store = responseStore(records, 30);
    await store.set('fqc:abc', '{"data":{}}', { ttl: 30 });
    await records.invalidate();
    assert.equal(await store.get('fqc:abc'), undefined);
  });

  it('keeps a response no longer than the record TTL, and for the TTL when Apollo names none', async () => {
    const records = recordingCache();
    const store = responseStore(records, 30);
    await store.set('short', 'x', { ttl: 10 });
    await store.set('long', 'x', { ttl: 3_600 });
    await store.set('unsaid', 'x');
    await store.set('null', 'x', { ttl: null });
    assert.deepEqual(Object.fromEntries([...records.ttls].map(([key, ttl]) => [key.replace(/^.*:/, ''), ttl])), { short: 10, long: 30, unsaid: 30, null: 30 });
  });

  it('forgets one response', async () => {
    const store = responseStore(createMemoryCache(), 30);
    await store.set('fqc:abc', 'x', { ttl: 30 });
    await store.set('fqc:def', 'y', { ttl: 30 });
    await store.delete('fqc:abc');
    assert.equal(await store.get('fqc:abc'), undefined);
    assert.equal(await store.get('fqc:def'), 'y');
  });
});
