import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inTrustOn } from './membership';

describe('inTrustOn', () => {
  it('counts an academy from the day it joins until the day before it leaves', () => {
    const academy = { joinedOn: '2019-09-01', leftOn: '2025-08-31' };
    assert.equal(inTrustOn(academy, '2019-08-31'), false);
    assert.equal(inTrustOn(academy, '2019-09-01'), true);
    assert.equal(inTrustOn(academy, '2025-08-30'), true);
    assert.equal(inTrustOn(academy, '2025-08-31'), false);
  });

  it('counts an academy with no dates as a member', () => {
    assert.equal(inTrustOn({ joinedOn: null, leftOn: null }, '2026-01-15'), true);
  });
});
