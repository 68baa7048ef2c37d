import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedValue, measureProgress, type MeasureLine, type Observation } from './measure-progress';

// A two-year plan (730 days): half way, on 2025-09-01, the line stands half way from baseline to target.
const dates = { start: '2024-09-01', end: '2026-09-01' };
const HALF_WAY = '2025-09-01';
const rising: MeasureLine = { direction: 'increase', baseline: 40, target: 60, ...dates };
const falling: MeasureLine = { direction: 'decrease', baseline: 12, target: 4, ...dates };
const seen = (value: number | null, observedOn = HALF_WAY, reason?: string): Observation => ({ observedOn, value, reason, label: 'the figure' });
const verdict = (line: MeasureLine, ...observations: Observation[]) => measureProgress(line, observations).verdict;

describe('expectedValue', () => {
  it('runs straight from the baseline at the start to the target at the end, flat outside', () => {
    assert.equal(expectedValue(rising as Required<MeasureLine>, HALF_WAY), 50);
    assert.equal(expectedValue(rising as Required<MeasureLine>, '2024-06-01'), 40);
    assert.equal(expectedValue(rising as Required<MeasureLine>, '2027-08-31'), 60);
    assert.equal(expectedValue(falling as Required<MeasureLine>, HALF_WAY), 8);
  });
});

describe('measureProgress: increase, 40 → 60 (50 expected half way, tolerance 2)', () => {
  it('on track: 48.5 is within 2 of the 50 expected, and 48 exactly on the edge', () => {
    const result = measureProgress(rising, [seen(48.5)]);
    assert.deepEqual(result, {
      verdict: 'on-track', expected: 50, expectedOn: HALF_WAY, reason: 'the figure is 48.5, within 2 of the 50 expected on 2025-09-01',
    });
    assert.equal(verdict(rising, seen(48)), 'on-track');
  });

  it('on track: 55 is beyond the expected value in the good direction', () => {
    assert.equal(verdict(rising, seen(55)), 'on-track');
  });

  it('behind: 47.9 is 2.1 short of the expected 50', () => {
    const result = measureProgress(rising, [seen(47.9)]);
    assert.equal(result.verdict, 'behind');
    assert.equal(result.reason, 'the figure is 47.9, more than 2 short of the 50 expected on 2025-09-01');
  });

  it('achieved: the target is reached, even early, and overshooting it counts', () => {
    assert.equal(verdict(rising, seen(60)), 'achieved');
    assert.equal(verdict(rising, seen(61, '2025-01-01')), 'achieved');
  });

  it('judges the latest observation, whatever the order given', () => {
    assert.equal(verdict(rising, seen(47, '2026-08-31'), seen(59, '2025-03-01')), 'behind');
  });

  it('expects the target once the plan has ended', () => {
    const late = measureProgress(rising, [seen(57, '2027-08-31')]);
    assert.deepEqual([late.verdict, late.expected], ['behind', 60]);
  });
});

describe('measureProgress: decrease, 12 → 4 (8 expected half way, tolerance 0.8)', () => {
  it('on track within 0.8 above the expected value, or below it', () => {
    assert.equal(verdict(falling, seen(8.8)), 'on-track');
    assert.equal(verdict(falling, seen(6)), 'on-track');
  });
  it('behind at 9, 1 above the 8 expected', () => {
    assert.equal(verdict(falling, seen(9)), 'behind');
  });
  it('achieved at or below 4', () => {
    assert.equal(verdict(falling, seen(4)), 'achieved');
    assert.equal(verdict(falling, seen(3.5)), 'achieved');
  });
  it('works out the direction from baseline and target when none is set', () => {
    assert.equal(verdict({ ...falling, direction: null }, seen(9)), 'behind');
  });
});

describe('measureProgress: not enough data', () => {
  it('with no observation at all', () => {
    assert.deepEqual(measureProgress(rising, []), {
      verdict: 'not-enough-data', expected: null, expectedOn: null, reason: 'no value observed after the baseline (2024-09-01)',
    });
  });

  it('with only observations on or before the baseline day', () => {
    const result = measureProgress(rising, [seen(52, '2024-08-31')]);
    assert.equal(result.verdict, 'not-enough-data');
    assert.match(result.reason, /no value observed after the baseline \(2024-09-01\): the latest is the figure, of 2024-08-31/);
  });

  it('when the latest value is withheld: an older value is never used instead, and the reason is given', () => {
    const result = measureProgress(rising, [seen(55, '2025-03-01'), seen(null, HALF_WAY, 'cohort of fewer than 10 pupils')]);
    assert.deepEqual(result, {
      verdict: 'not-enough-data', expected: 50, expectedOn: HALF_WAY, reason: 'the figure has no value: cohort of fewer than 10 pupils',
    });
  });

  it('when the measure lacks a baseline, a target or dates, or its target lies the wrong way', () => {
    assert.equal(measureProgress({ ...rising, target: null, end: null }, [seen(50)]).reason, 'the measure has no target or end date');
    assert.equal(measureProgress({ ...rising, target: 30 }, [seen(50)]).reason, 'the target (30) is not an increase on the baseline (40)');
    assert.equal(verdict({ ...rising, direction: null, target: 40 }, seen(50)), 'not-enough-data');
  });
});
