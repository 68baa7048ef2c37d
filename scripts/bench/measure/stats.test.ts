import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentile, slope, summarise } from './stats';

describe('stats', () => {
  it('takes nearest-rank percentiles: the median of 1…10 is 5, its p95 is 10', () => {
    const values = [7, 1, 10, 3, 5, 2, 9, 4, 8, 6];
    assert.equal(percentile(values, 50), 5);
    assert.equal(percentile(values, 95), 10);
    assert.deepEqual(summarise(values), { runs: 10, median: 5, p95: 10, min: 1, max: 10 });
  });

  it('of one value is that value', () => {
    assert.equal(percentile([42], 50), 42);
    assert.equal(percentile([42], 95), 42);
    assert.throws(() => percentile([], 50), /no values/);
  });

  it('fits a slope: 2 per unit on a line, 0 on a flat series', () => {
    assert.equal(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]), 2);
    assert.equal(slope([{ x: 0, y: 4 }, { x: 5, y: 4 }]), 0);
  });
});
