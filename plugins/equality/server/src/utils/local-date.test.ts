import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateIn } from './local-date';

describe('dateIn', () => {
  it('gives the date on local clocks: half past midnight in a London summer is still the day before in UTC', () => {
    const instant = new Date('2026-06-30T23:30:00Z');
    assert.equal(dateIn(instant, 'Europe/London'), '2026-07-01');
    assert.equal(dateIn(instant, 'UTC'), '2026-06-30');
  });
});
