import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceStatus, type FetchOutcome } from './outcome';

const ok = (total: number, rejected = 0, retried = false): FetchOutcome => ({
  ok: true, source: 's', type: 'academies', records: [], total, requests: 1, latencyMs: 5, retried,
  rejected: Array.from({ length: rejected }, () => ({ type: 'academies' as const, id: '1', field: 'urn', reason: 'bad' })),
});
const failed: FetchOutcome = { ok: false, source: 's', type: 'plans', reason: 'timed out', requests: 1, latencyMs: 500, retried: false };

describe('sourceStatus', () => {
  it('is ok when everything answered, down when nothing did', () => {
    assert.equal(sourceStatus([ok(10), ok(0)]), 'ok');
    assert.equal(sourceStatus([failed, failed]), 'down');
  });
  it('is degraded when some reads failed or were retried, or over 5 % of records were rejected', () => {
    assert.equal(sourceStatus([ok(10), failed]), 'degraded');
    assert.equal(sourceStatus([ok(10, 0, true)]), 'degraded');
    assert.equal(sourceStatus([ok(100, 5)]), 'ok');
    assert.equal(sourceStatus([ok(100, 6)]), 'degraded');
  });
});
