import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endOfAcademicYear, evidenceObservations, evidenceSeries, type PublishedYear } from './evidence';
import { gapTrends } from './gap-trends';
import { measureProgress } from './measure-progress';
import type { PublishedFigure } from './schemas';

const figure = (pupilGroup: PublishedFigure['pupilGroup'], value: number | null, metric: PublishedFigure['metric'] = 'attendance-rate'): PublishedFigure => ({
  metric, pupilGroup, value, unit: 'percent', cohortSize: value === null ? null : 100,
  ...(value === null ? { marker: 'c' as const, reason: 'cohort of fewer than 10 pupils' } : {}),
});
const year = (academicYear: string, figures: PublishedFigure[], publishedOn = `${academicYear.slice(0, 4)}-11-15`): PublishedYear =>
  ({ academicYear, publishedOn, figures });

const information = [
  year('2024/25', [figure('disadvantaged', 90.1), figure('not-disadvantaged', 94.3), figure('all-pupils', 93.2)]),
  year('2023/24', [figure('disadvantaged', 88.5), figure('not-disadvantaged', 94.4)]),
  year('2025/26', [figure('disadvantaged', null), figure('all-pupils', 93)]),
];

describe('evidenceSeries', () => {
  it('dates each year on the 31 August closing it', () => {
    assert.equal(endOfAcademicYear('2024/25'), '2025-08-31');
  });

  it("reads a pupil group's figure year by year, oldest first; a withheld one has no value and says why", () => {
    assert.deepEqual(evidenceSeries(information, { metric: 'attendance-rate', pupilGroup: 'disadvantaged' }), [
      { academicYear: '2023/24', observedOn: '2024-08-31', value: 88.5, suppressed: false, reason: null },
      { academicYear: '2024/25', observedOn: '2025-08-31', value: 90.1, suppressed: false, reason: null },
      { academicYear: '2025/26', observedOn: '2026-08-31', value: null, suppressed: true, reason: 'cohort of fewer than 10 pupils' },
    ]);
  });

  it('takes the gap to the complement, withheld when either figure is, missing when one was not published', () => {
    assert.deepEqual(evidenceSeries(information, { metric: 'attendance-rate', pupilGroup: 'disadvantaged', gap: true }).map((p) => [p.value, p.suppressed, p.reason]), [
      [-5.9, false, null],
      [-4.2, false, null],
      [null, true, 'the Disadvantaged figure is withheld: cohort of fewer than 10 pupils'],
    ]);
    const missing = evidenceSeries([year('2024/25', [figure('boys', 91)])], { metric: 'attendance-rate', pupilGroup: 'boys', gap: true });
    assert.deepEqual(missing.map((p) => [p.value, p.suppressed, p.reason]), [[null, false, 'the Girls figure was not published']]);
  });

  it('reads the all-pupils figure without a pupil group, skips years without the figure, and lets a later publication win', () => {
    const incidents = (value: number) => figure('all-pupils', value, 'prejudice-incidents');
    const series = evidenceSeries(
      [year('2023/24', [incidents(6)]), year('2024/25', []), year('2023/24', [incidents(5)], '2025-01-10')],
      { metric: 'prejudice-incidents' },
    );
    assert.deepEqual(series.map((p) => [p.academicYear, p.value]), [['2023/24', 5]]);
  });

  it('feeds the progress rule: a withheld latest figure is never a current value', () => {
    const link = { metric: 'attendance-rate', pupilGroup: 'disadvantaged', gap: true } as const;
    const line = { direction: 'increase', baseline: -5.9, target: -2, start: '2024-09-01', end: '2028-08-31' } as const;
    const upToDate = evidenceSeries(information.slice(0, 2), link);
    const onTrack = measureProgress(line, evidenceObservations(upToDate, link));
    // −5.9 + 3.9 × 364/1460 = −4.93 expected on 2025-08-31; −4.2 is beyond it.
    assert.deepEqual([onTrack.verdict, onTrack.expected], ['on-track', -4.93]);
    const withheld = measureProgress(line, evidenceObservations(evidenceSeries(information, link), link));
    assert.equal(withheld.verdict, 'not-enough-data');
    assert.equal(withheld.reason, 'the 2025/26 gap has no value: the Disadvantaged figure is withheld: cohort of fewer than 10 pupils');
  });
});

describe('gapTrends', () => {
  it('follows every published pupil group of a pair, per attainment and attendance metric', () => {
    const trends = gapTrends([
      year('2024/25', [
        figure('disadvantaged', 31, 'attainment-ks4-english-maths-grade-5'), figure('not-disadvantaged', 58.7, 'attainment-ks4-english-maths-grade-5'),
        figure('disadvantaged', 90.1), figure('looked-after', 89), figure('all-pupils', 93.2),
        figure('all-pupils', 84, 'pupils-feeling-safe'),
      ]),
    ]);
    assert.deepEqual(trends.map((trend) => [trend.metric, trend.pupilGroup, trend.comparedWith, trend.points.map((p) => p.value)]), [
      ['attainment-ks4-english-maths-grade-5', 'disadvantaged', 'not-disadvantaged', [-27.7]],
      ['attainment-ks4-english-maths-grade-5', 'not-disadvantaged', 'disadvantaged', [27.7]],
      ['attendance-rate', 'disadvantaged', 'not-disadvantaged', [null]],
    ]);
  });

  it('filters by metric and pupil group', () => {
    const trends = gapTrends(information, { metric: 'attendance-rate', pupilGroup: 'not-disadvantaged' });
    assert.deepEqual(trends.map((trend) => [trend.pupilGroup, trend.points.length]), [['not-disadvantaged', 3]]);
    assert.deepEqual(gapTrends(information, { metric: 'attainment-ks2-rwm-expected' }), []);
  });
});
