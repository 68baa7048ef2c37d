import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Figure } from './schemas';
import { suppressFigures } from './suppression';

const figure = (pupilGroup: Figure['pupilGroup'], value: number, cohortSize: number | null): Figure => ({
  metric: 'attendance-rate',
  pupilGroup,
  value,
  unit: 'percent',
  cohortSize,
});

describe('suppressFigures', () => {
  it('shows figures on cohorts of 10 or more as they are', () => {
    const [shown] = suppressFigures([figure('all-pupils', 93.2, 10)]);
    assert.equal(shown.value, 93.2);
    assert.equal(shown.cohortSize, 10);
    assert.equal(shown.marker, null);
  });

  it('withholds a figure on a cohort under 10 and says why', () => {
    const [withheld] = suppressFigures([figure('looked-after', 89, 9)]);
    assert.equal(withheld.value, null);
    assert.equal(withheld.cohortSize, null);
    assert.equal(withheld.marker, 'c');
    assert.match(withheld.reason!, /fewer than 10/);
  });

  it('withholds a figure whose cohort was not recorded', () => {
    const [withheld] = suppressFigures([figure('all-pupils', 50, null)]);
    assert.equal(withheld.marker, 'c');
  });

  it('withholds the other half of a pair when the total would reveal the hidden half', () => {
    // All 28 at 81.5 %, boys 22 at 83.0 %: girls' 6 could be worked out as (28 × 81.5 − 22 × 83.0) ÷ 6.
    const [total, boys, girls] = suppressFigures([figure('all-pupils', 81.5, 28), figure('boys', 83, 22), figure('girls', 76, 6)]);
    assert.equal(total.value, 81.5);
    assert.equal(girls.marker, 'c');
    assert.equal(boys.value, null);
    assert.equal(boys.marker, 'c');
    assert.match(boys.reason!, /Girls figure cannot be worked out from the total/);
  });

  it('keeps the other half when no total is published', () => {
    const [boys, girls] = suppressFigures([figure('boys', 83, 22), figure('girls', 76, 6)]);
    assert.equal(boys.value, 83);
    assert.equal(girls.value, null);
  });

  it('judges each metric on its own', () => {
    const attendance = figure('girls', 76, 6);
    const attainment: Figure = { ...figure('all-pupils', 60, 28), metric: 'attainment-ks2-rwm-expected' };
    const boysAttainment: Figure = { ...figure('boys', 61, 22), metric: 'attainment-ks2-rwm-expected' };
    const result = suppressFigures([attendance, attainment, boysAttainment]);
    assert.equal(result[2].value, 61);
  });
});
