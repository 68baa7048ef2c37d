import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atRate, many, payRecord } from './fixtures.test';
import {
  academyGenderPayGap,
  genderPayGap,
  genderPayGapChange,
  genderPayGapReport,
  hourlyPay,
  quarterSizes,
  rateKey,
} from './gender-pay-gap';
import { DEFAULT_PAY_GAP_METHOD } from './method';

const options = { method: DEFAULT_PAY_GAP_METHOD };
const shares = (figures: ReturnType<typeof genderPayGap>) => figures.quartiles.map((q) => [q.malePercent, q.femalePercent]);

describe('hourly pay', () => {
  it('is (ordinary pay + period bonus) × 7 ÷ days in the period ÷ weekly hours, monthly or weekly alike', () => {
    // Monthly, March: £3,100 × 7 ÷ 31 days = £700 a week; ÷ 35 hours = £20.00.
    const monthly = payRecord({ sex: 'M', ordinaryPay: 3100, payPeriodDays: 31, weeklyHours: 35 });
    // Weekly: (£450 ordinary + £50 bonus for the week) × 7 ÷ 7 = £500 a week; ÷ 25 hours = £20.00.
    const weekly = payRecord({ sex: 'F', ordinaryPay: 450, bonusPayInPeriod: 50, payPeriodDays: 7, weeklyHours: 25 });
    assert.equal(hourlyPay(monthly), 20);
    assert.equal(hourlyPay(weekly), 20);
    assert.equal(rateKey(hourlyPay(monthly)), rateKey(hourlyPay(weekly)));
  });
});

describe('gender pay gap: worked examples', () => {
  it('an odd headcount: medians of odd and even counts, one left over to the lower quarter', () => {
    // Men £10 and £20; women £10, £12 and £15 (five full-pay relevant employees).
    const figures = genderPayGap([atRate('M', 10), atRate('M', 20), atRate('F', 10), atRate('F', 12), atRate('F', 15)], options);
    // Mean: men 30 ÷ 2 = 15; women 37 ÷ 3 = 12.3333…; (15 − 12.3333) ÷ 15 × 100 = 17.777… → 17.8.
    assert.equal(figures.meanHourlyGapPercent, 17.8);
    assert.ok(Math.abs(figures.unrounded.meanHourlyGapPercent! - 160 / 9) < 1e-9);
    // Median: men (10 + 20) ÷ 2 = 15 (even count); women 12 (odd count); (15 − 12) ÷ 15 × 100 = 20.
    assert.equal(figures.medianHourlyGapPercent, 20);
    // Quarters of 5: 2, 1, 1, 1. Ranked 10 (M), 10 (F), 12 (F), 15 (F), 20 (M).
    // Lower: the man and the woman on £10 → 50 / 50; then women on £12 and £15; the man on £20 on top.
    assert.deepEqual(shares(figures), [[50, 50], [0, 100], [0, 100], [100, 0]]);
    assert.equal(figures.relevantEmployees, 5);
    assert.equal(figures.fullPayRelevantEmployees, 5);
  });

  it('ties across a quarter boundary: 36 women and 4 men on one rate, 10 in the lower quarter and 30 in the lower middle', () => {
    // 120 full-pay relevant employees → quarters of 30. Ranked:
    //   positions 0–19: 10 men and 10 women on £10;
    //   positions 20–59: 36 women and 4 men on £12 — 10 places left in the lower quarter, 30 in the lower middle;
    //   positions 60–89: 15 men and 15 women on £20; positions 90–119: 30 men on £30.
    const records = [
      ...many(10, 'M', 10), ...many(10, 'F', 10),
      ...many(36, 'F', 12), ...many(4, 'M', 12),
      ...many(15, 'M', 20), ...many(15, 'F', 20),
      ...many(30, 'M', 30),
    ];
    const figures = genderPayGap(records, options);
    // The £12 rate splits 10 : 30, i.e. a quarter and three quarters of its people on each side:
    // lower gets 9 women + 1 man, lower middle 27 women + 3 men.
    // Lower: 10 + 1 = 11 men of 30 → 36.666…% → 36.7, women 100 − 36.7 = 63.3.
    // Lower middle: 3 of 30 → 10%; upper middle 15 of 30 → 50%; upper 30 of 30 → 100%.
    assert.deepEqual(shares(figures), [[36.7, 63.3], [10, 90], [50, 50], [100, 0]]);
    assert.ok(Math.abs(figures.unrounded.quartiles[0]!.malePercent! - (11 / 30) * 100) < 1e-9);
    assert.ok(Math.abs(figures.unrounded.quartiles[0]!.femalePercent! - (19 / 30) * 100) < 1e-9);
  });

  it('the order of people on one rate does not change the quarters', () => {
    const women = many(36, 'F', 12);
    const men = many(4, 'M', 12);
    const below = [...many(5, 'M', 10), ...many(5, 'F', 10)];
    const above = many(80, 'F', 40);
    const one = genderPayGap([...below, ...women, ...men, ...above], options);
    const other = genderPayGap([...above, ...men, ...below, ...women], options);
    assert.deepEqual(one.quartiles, other.quartiles);
  });

  it('part-time hours and a monthly and a weekly pay period give the same hourly rate for the same pay', () => {
    const records = [
      // Man, monthly, full time: £3,100 × 7 ÷ 31 ÷ 35 = £20.
      payRecord({ sex: 'M', ordinaryPay: 3100, payPeriodDays: 31, weeklyHours: 35 }),
      // Man, weekly, full time: £875 × 7 ÷ 7 ÷ 35 = £25.
      payRecord({ sex: 'M', ordinaryPay: 875, payPeriodDays: 7, weeklyHours: 35 }),
      // Woman, weekly, part time: (£450 + £50 period bonus) × 7 ÷ 7 ÷ 25 = £20.
      payRecord({ sex: 'F', ordinaryPay: 450, bonusPayInPeriod: 50, payPeriodDays: 7, weeklyHours: 25 }),
      // Woman, monthly, full time: £2,480 × 7 ÷ 31 ÷ 35 = £16.
      payRecord({ sex: 'F', ordinaryPay: 2480, payPeriodDays: 31, weeklyHours: 35 }),
    ];
    const figures = genderPayGap(records, options);
    // Men: mean and median (20 + 25) ÷ 2 = 22.5; women (20 + 16) ÷ 2 = 18. (22.5 − 18) ÷ 22.5 × 100 = 20.
    assert.equal(figures.meanHourlyGapPercent, 20);
    assert.equal(figures.medianHourlyGapPercent, 20);
    assert.deepEqual(figures.unrounded.meanHourlyPay, { male: 22.5, female: 18 });
    // Quarters of one: £16 (F), then the man and the woman on £20 tie across the lower middle / upper middle
    // boundary and are split half and half, then £25 (M).
    assert.deepEqual(shares(figures), [[0, 100], [50, 50], [50, 50], [100, 0]]);
  });

  it('reduced-pay staff are left out of hourly pay and quarters but kept in the bonus figures', () => {
    const records = [
      atRate('M', 20, { bonusPay12Months: 1000 }),
      atRate('M', 30, { bonusPay12Months: 3000 }),
      atRate('F', 20, { bonusPay12Months: 1000 }),
      // On maternity pay in the period: not a full-pay relevant employee, but a relevant one.
      atRate('F', 2, { bonusPay12Months: 2000, fullPayRelevant: false }),
      atRate('F', 10),
    ];
    const figures = genderPayGap(records, options);
    assert.equal(figures.relevantEmployees, 5);
    assert.equal(figures.fullPayRelevantEmployees, 4);
    // Hourly, full-pay only: men (20 + 30) ÷ 2 = 25; women (20 + 10) ÷ 2 = 15; (25 − 15) ÷ 25 × 100 = 40.
    assert.equal(figures.meanHourlyGapPercent, 40);
    assert.equal(figures.medianHourlyGapPercent, 40);
    // Bonus, every relevant employee who received one: men 1,000 and 3,000 → mean and median 2,000;
    // women 1,000 and 2,000 (the woman on leave included) → 1,500; (2,000 − 1,500) ÷ 2,000 × 100 = 25.
    assert.equal(figures.meanBonusGapPercent, 25);
    assert.equal(figures.medianBonusGapPercent, 25);
    // Proportions: 2 of 2 men = 100; 2 of 3 women = 66.666… → 66.7.
    assert.equal(figures.maleBonusPercent, 100);
    assert.equal(figures.femaleBonusPercent, 66.7);
    // Quarters of 4 full-pay employees: £10 (F), £20 (M, F tie across the middle), £30 (M).
    assert.deepEqual(shares(figures), [[0, 100], [50, 50], [50, 50], [100, 0]]);
  });

  it('no man received a bonus: the bonus gaps are blank', () => {
    const figures = genderPayGap([atRate('M', 20), atRate('M', 20), atRate('F', 20, { bonusPay12Months: 500 }), atRate('F', 20)], options);
    assert.equal(figures.bonusGapBasis, 'no-man-received');
    assert.equal(figures.meanBonusGapPercent, null);
    assert.equal(figures.medianBonusGapPercent, null);
    assert.equal(figures.maleBonusPercent, 0);
    assert.equal(figures.femaleBonusPercent, 50);
  });

  it('no woman received a bonus: women’s bonus pay is taken as 0, so both gaps are 100%', () => {
    // Men: 500 and 1,500 → mean and median 1,000; women: none, so 0. (1,000 − 0) ÷ 1,000 × 100 = 100.
    const figures = genderPayGap(
      [atRate('M', 20, { bonusPay12Months: 500 }), atRate('M', 20, { bonusPay12Months: 1500 }), atRate('M', 20), atRate('F', 20)],
      options,
    );
    assert.equal(figures.bonusGapBasis, 'no-woman-received');
    assert.equal(figures.meanBonusGapPercent, 100);
    assert.equal(figures.medianBonusGapPercent, 100);
    // 2 of 3 men → 66.666… → 66.7; 0 of 1 woman → 0.
    assert.equal(figures.maleBonusPercent, 66.7);
    assert.equal(figures.femaleBonusPercent, 0);
    assert.deepEqual(figures.unrounded.meanBonusPay, { male: 1000, female: null });
  });

  it('nobody received a bonus: blank gaps, 0% of each sex', () => {
    const figures = genderPayGap([atRate('M', 20), atRate('F', 20)], options);
    assert.equal(figures.bonusGapBasis, 'nobody-received');
    assert.equal(figures.meanBonusGapPercent, null);
    assert.equal(figures.maleBonusPercent, 0);
    assert.equal(figures.femaleBonusPercent, 0);
  });

  it('all-equal pay: no gap, and every quarter has the workforce’s own mix', () => {
    // 3 men and 5 women on £15: one rate spans all four quarters of 2, so each holds 2 × 3/8 = 0.75 men:
    // 0.75 ÷ 2 = 37.5% men, 62.5% women.
    const figures = genderPayGap([...many(3, 'M', 15), ...many(5, 'F', 15)], options);
    assert.equal(figures.meanHourlyGapPercent, 0);
    assert.equal(figures.medianHourlyGapPercent, 0);
    assert.ok(Object.is(figures.meanHourlyGapPercent, 0), 'never −0');
    assert.deepEqual(shares(figures), [[37.5, 62.5], [37.5, 62.5], [37.5, 62.5], [37.5, 62.5]]);
  });

  it('negative gaps are rounded half away from zero: −2.25 → −2.3, −0.05 → −0.1', () => {
    // Man £20, woman £20.45: (20 − 20.45) ÷ 20 × 100 = −2.25 (in floating point −2.2499999999999964).
    const a = genderPayGap([atRate('M', 20), payRecord({ sex: 'F', ordinaryPay: 204.5 })], options);
    assert.equal(a.meanHourlyGapPercent, -2.3);
    assert.equal(a.medianHourlyGapPercent, -2.3);
    // Man £20, woman £20.01: (20 − 20.01) ÷ 20 × 100 = −0.05.
    const b = genderPayGap([atRate('M', 20), payRecord({ sex: 'F', ordinaryPay: 200.1 })], options);
    assert.equal(b.meanHourlyGapPercent, -0.1);
  });

  it('4,445 staff make quarters of 1,112, 1,111, 1,111 and 1,111', () => {
    assert.deepEqual(quarterSizes(4445), [1112, 1111, 1111, 1111]);
    assert.deepEqual(quarterSizes(4446), [1112, 1111, 1112, 1111]);
    assert.deepEqual(quarterSizes(4447), [1112, 1112, 1112, 1111]);
    assert.deepEqual(quarterSizes(4444), [1111, 1111, 1111, 1111]);
    // The 1,111 best paid are men, everyone else a woman on a lower rate: the top quarter is all men and the
    // upper middle all women only if the top quarter holds exactly 1,111.
    const records = [
      ...Array.from({ length: 3334 }, (_, i) => atRate('F', 10 + i / 1000)),
      ...Array.from({ length: 1111 }, (_, i) => atRate('M', 50 + i / 1000)),
    ];
    const figures = genderPayGap(records, options);
    assert.equal(figures.fullPayRelevantEmployees, 4445);
    assert.deepEqual(shares(figures), [[0, 100], [0, 100], [0, 100], [100, 0]]);
  });

  it('states the method in the output', () => {
    const figures = genderPayGap([atRate('M', 10), atRate('F', 10)], { method: { termTimeOnly: 'term-time-hours', variableHoursShortService: 'expected-hours' } });
    assert.equal(figures.method.termTimeOnly, 'term-time-hours');
    assert.match(figures.method.statement, /working week of term/);
  });
});

describe('Trust and academy figures', () => {
  // Oak: men £10, £30; women £20. Elm: men £40; women £10, £12.
  const oak = [atRate('M', 10, { academy: 'oak' }), atRate('M', 30, { academy: 'oak' }), atRate('F', 20, { academy: 'oak' })];
  const elm = [atRate('M', 40, { academy: 'elm' }), atRate('F', 10, { academy: 'elm' }), atRate('F', 12, { academy: 'elm' })];

  it('the Trust median comes from the pooled records, not from the academies’ medians', () => {
    const report = genderPayGapReport([...oak, ...elm], options);
    // Pooled men 10, 30, 40 → median 30; women 10, 12, 20 → median 12; (30 − 12) ÷ 30 × 100 = 60.
    assert.equal(report.trust.medianHourlyGapPercent, 60);
    // Averaging the academies' medians would give men (20 + 40) ÷ 2 = 30 and women (20 + 11) ÷ 2 = 15.5: 48.3.
    assert.deepEqual(report.trust, genderPayGap([...elm, ...oak], options));
    assert.deepEqual(report.academies.map((a) => a.academy), ['elm', 'oak']);
  });

  it('an academy with fewer than 10 of either sex has its gaps withheld, each with a reason', () => {
    const records = [...many(3, 'M', 20, { academy: 'ash' }), ...many(12, 'F', 15, { academy: 'ash', bonusPay12Months: 100 })];
    const figures = academyGenderPayGap(records, 'ash', options);
    assert.equal(figures.relevantEmployees, 15);
    assert.equal(figures.meanHourlyGapPercent, null);
    assert.equal(figures.medianHourlyGapPercent, null);
    assert.equal(figures.unrounded.meanHourlyGapPercent, null);
    assert.deepEqual(figures.unrounded.meanHourlyPay, { male: null, female: null });
    assert.equal(figures.maleBonusPercent, null);
    assert.equal(figures.femaleBonusPercent, 100);
    // Three men is a count under 10; twelve women would give it away beside the total of 15.
    assert.equal(figures.counts.men, null);
    assert.equal(figures.counts.women, null);
    // Quarters of 4, 4, 4, 3: all under 10.
    assert.ok(figures.quartiles.every((q) => q.malePercent === null && q.femalePercent === null));
    const fields = figures.suppressed.map((s) => s.field);
    for (const field of ['meanHourlyGapPercent', 'medianHourlyGapPercent', 'maleBonusPercent', 'quartiles.lower', 'counts.men', 'counts.women']) {
      assert.ok(fields.includes(field), `${field} is listed as suppressed`);
    }
    assert.ok(figures.suppressed.every((s) => s.reason.length > 0));
  });

  it('the Trust’s six figures are never suppressed, however small the groups', () => {
    const figures = genderPayGap([atRate('M', 20, { bonusPay12Months: 10 }), atRate('F', 10, { bonusPay12Months: 5 })], options);
    assert.deepEqual(figures.suppressed, []);
    assert.equal(figures.meanHourlyGapPercent, 50);
    assert.equal(figures.meanBonusGapPercent, 50);
  });

  it('an academy with enough of each sex shows its figures', () => {
    const records = [...many(20, 'M', 20, { academy: 'yew' }), ...many(20, 'F', 18, { academy: 'yew' })];
    const figures = academyGenderPayGap(records, 'yew', options);
    assert.equal(figures.meanHourlyGapPercent, 10);
    assert.deepEqual(shares(figures), [[0, 100], [0, 100], [100, 0], [100, 0]]);
    // Nobody received a bonus: those counts of 0 are under 10 and withheld; the proportions (0% of 20) are
    // judged on their base of 20 and shown.
    assert.deepEqual(figures.suppressed.map((s) => s.field).sort(), ['counts.menWithBonus', 'counts.womenWithBonus']);
    assert.equal(figures.maleBonusPercent, 0);
  });

  it('year-on-year change is the difference of the published figures', () => {
    const before = genderPayGap([atRate('M', 20), payRecord({ sex: 'F', ordinaryPay: 204.5 })], options); // −2.3
    const after = genderPayGap([atRate('M', 20), atRate('F', 18)], options); // 10
    const change = genderPayGapChange(before, after);
    assert.equal(change.meanHourlyGapPercent, 12.3);
    assert.equal(change.meanBonusGapPercent, null);
  });
});
