import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_ETHNIC_MINORITIES, ethnicityPayGap } from './ethnicity-pay-gap';
import { many } from './fixtures.test';
import { DEFAULT_PAY_GAP_METHOD } from './method';

const options = { method: DEFAULT_PAY_GAP_METHOD };

describe('ethnicity pay gap: worked example', () => {
  const records = [
    ...many(30, 'M', 20, { ethnicity: 'white-british' }),
    ...many(30, 'F', 20, { ethnicity: 'white-british' }),
    ...many(50, 'F', 18, { ethnicity: 'asian-indian' }),
    ...many(1, 'F', 2, { ethnicity: 'asian-indian', fullPayRelevant: false }),
    ...many(20, 'M', 16, { ethnicity: 'asian-pakistani' }),
    ...many(10, 'F', 17, { ethnicity: 'asian-bangladeshi' }),
    ...many(30, 'F', 15, { ethnicity: 'black-african' }),
    ...many(25, 'M', 19, { ethnicity: 'black-caribbean' }),
    ...many(5, 'F', 25, { ethnicity: 'white-other' }),
    ...many(3, 'F', 10, { ethnicity: 'not-known' }),
    ...many(2, 'M', 10, { ethnicity: 'prefer-not-to-say' }),
    ...many(4, 'M', 10, { ethnicity: null }),
  ];
  const figures = ethnicityPayGap(records, options);
  const row = (code: string) => figures.rows.find((candidate) => candidate.code === code)!;

  it('leaves out and counts those with no recorded ethnic group, and anyone not on full pay', () => {
    assert.deepEqual(figures.excluded, { notKnown: 3, preferNotToSay: 2, notRecorded: 4 });
    assert.equal(figures.reference.employees, 60);
    assert.equal(row('asian-indian').employees, 50);
  });

  it('shows a group of 50 or more on its own against White British', () => {
    // White British: 60 on £20, mean and median 20. Indian: 50 on £18. (20 − 18) ÷ 20 × 100 = 10.
    assert.equal(row('asian-indian').kind, 'ethnic-group');
    assert.equal(row('asian-indian').meanHourlyGapPercent, 10);
    assert.equal(row('asian-indian').medianHourlyGapPercent, 10);
  });

  it('combines smaller groups into their high-level group, and withholds a combination still under 50', () => {
    // Pakistani 20 + Bangladeshi 10 = 30 < 50: shown with its count, gaps withheld.
    const asian = row('asian');
    assert.equal(asian.label, 'Asian, Asian British or Asian Welsh: other groups combined');
    assert.deepEqual(asian.members, ['asian-pakistani', 'asian-bangladeshi', 'asian-chinese', 'asian-other']);
    assert.equal(asian.employees, 30);
    assert.equal(asian.meanHourlyGapPercent, null);
    assert.ok(figures.suppressed.some((s) => s.field === 'rows.asian.meanHourlyGapPercent' && /fewer than 50/.test(s.reason)));
    // African 30 on £15 + Caribbean 25 on £19 = 55 ≥ 50.
    // Mean (30 × 15 + 25 × 19) ÷ 55 = 925 ÷ 55 = 16.8181…; (20 − 16.8181…) ÷ 20 × 100 = 15.909… → 15.9.
    // Median: the 28th of 55 is one of the thirty on £15; (20 − 15) ÷ 20 × 100 = 25.
    const black = row('black');
    assert.equal(black.kind, 'combined-group');
    assert.equal(black.meanHourlyGapPercent, 15.9);
    assert.equal(black.medianHourlyGapPercent, 25);
    // White other than British: 5 people, a count under 10 as well.
    const white = row('white-other-than-british');
    assert.equal(white.employees, null);
    assert.equal(white.meanHourlyGapPercent, null);
    assert.ok(figures.suppressed.some((s) => s.field === 'rows.white-other-than-british.employees'));
  });

  it('compares all ethnic minorities together, White minorities included', () => {
    // 50 × 18 + 20 × 16 + 10 × 17 + 30 × 15 + 25 × 19 + 5 × 25 = 2,440 over 140 = 17.428571…;
    // (20 − 17.428571…) ÷ 20 × 100 = 12.857… → 12.9. Median: the 70th and 71st of 140 are both £18 → 10.
    const all = row(ALL_ETHNIC_MINORITIES);
    assert.equal(all.employees, 140);
    assert.equal(all.meanHourlyGapPercent, 12.9);
    assert.equal(all.medianHourlyGapPercent, 10);
    assert.equal(figures.rows.at(-1), all);
  });

  it('withholds every gap when White British, the reference, has fewer than 50 employees', () => {
    const small = ethnicityPayGap([...many(40, 'F', 20, { ethnicity: 'white-british' }), ...many(60, 'F', 18, { ethnicity: 'asian-indian' })], options);
    assert.ok(small.rows.every((r) => r.meanHourlyGapPercent === null && r.medianHourlyGapPercent === null));
    assert.ok(small.suppressed.some((s) => s.field === 'rows.asian-indian.meanHourlyGapPercent' && /White British/.test(s.reason)));
  });
});
