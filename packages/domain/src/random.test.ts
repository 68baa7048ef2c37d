import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from './random';

describe('seeded random numbers', () => {
  it('repeat for a seed, differ between seeds, and stay in [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    assert.deepEqual(draw(42), draw(42));
    assert.notDeepEqual(draw(42), draw(43));
    assert.ok(draw(7).every((value) => value >= 0 && value < 1));
  });
});
