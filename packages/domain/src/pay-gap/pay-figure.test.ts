import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureProgress } from '../measure-progress';
import { payFigureObservations, payFigureSeries, type SnapshotPayFigures } from './pay-figure';

const snapshot = (snapshotDate: string, approved: boolean, fields: Partial<SnapshotPayFigures> = {}): SnapshotPayFigures => ({
  snapshotDate, approved, meanHourlyGapPercent: 12.4, medianHourlyGapPercent: 15.1, meanBonusGapPercent: 30, medianBonusGapPercent: 25,
  maleBonusPercent: 4.2, femaleBonusPercent: 3.9, bonusGapBasis: 'both-received', suppressed: [], ...fields,
});

describe('payFigureSeries', () => {
  it('reads one of the six figures per snapshot, oldest first', () => {
    const series = payFigureSeries([snapshot('2025-03-31', false, { medianHourlyGapPercent: 13.2 }), snapshot('2024-03-31', true)], 'median-hourly-gap');
    assert.deepEqual(series, [
      { snapshotDate: '2024-03-31', approved: true, value: 15.1, suppressed: false, reason: null },
      { snapshotDate: '2025-03-31', approved: false, value: 13.2, suppressed: false, reason: null },
    ]);
  });

  it('says why a figure has no value: blank bonus gaps, withheld figures', () => {
    const [blank] = payFigureSeries([snapshot('2024-03-31', true, { meanBonusGapPercent: null, bonusGapBasis: 'no-man-received' })], 'mean-bonus-gap');
    assert.deepEqual([blank!.value, blank!.suppressed, blank!.reason], [null, false, 'blank, as no man received bonus pay']);
    const [withheld] = payFigureSeries(
      [snapshot('2024-03-31', true, { meanHourlyGapPercent: null, suppressed: [{ field: 'meanHourlyGapPercent', reason: 'fewer than 10 women' }] })],
      'mean-hourly-gap',
    );
    assert.deepEqual([withheld!.value, withheld!.suppressed, withheld!.reason], [null, true, 'fewer than 10 women']);
  });

  it('judges a decreasing pay gap on the snapshot days', () => {
    const line = { direction: 'decrease', baseline: 16, target: 12, start: '2024-03-31', end: '2028-03-31' } as const;
    const progress = measureProgress(line, payFigureObservations(payFigureSeries([snapshot('2025-03-31', false)], 'median-hourly-gap')));
    // One year of four: 15 expected; 15.1 is within 0.4 of it.
    assert.deepEqual([progress.verdict, progress.expected, progress.expectedOn], ['on-track', 15, '2025-03-31']);
  });
});
