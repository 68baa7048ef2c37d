/**
 * Property tests: the fast calculation against a slow reference written straight from the words of
 * Schedule 1 and the GOV.UK guidance, on thousands of random workforces with many ties.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { academyGenderPayGap, genderPayGap, genderPayGapReport, hourlyPay, rateKey } from './gender-pay-gap';
import { DEFAULT_PAY_GAP_METHOD } from './method';
import type { PayRecord } from './records';
import { roundHalfAwayFromZero } from './rounding';

const options = { method: DEFAULT_PAY_GAP_METHOD };

/** Pay from small sets of values, so that many employees share a rate and rates straddle quarter boundaries. */
const record: fc.Arbitrary<PayRecord> = fc.record({
  academy: fc.constantFrom('ash', 'elm', 'oak', null),
  employeeRef: fc.constant('x'),
  sex: fc.constantFrom('M' as const, 'F' as const),
  ethnicity: fc.constant(null),
  ordinaryPay: fc.integer({ min: 0, max: 12 }).map((n) => n * 100),
  bonusPayInPeriod: fc.constantFrom(0, 0, 0, 100),
  payPeriodDays: fc.constantFrom(7, 14, 28),
  weeklyHours: fc.constantFrom(10, 20, 35),
  bonusPay12Months: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }).map((n) => n * 250)),
  fullPayRelevant: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
});
const workforce = fc.array(record, { maxLength: 80 }).map((records) => records.map((r, i) => ({ ...r, employeeRef: `E${i}` })));

// ---- The reference: no sorting tricks, no single pass, quadratic where that is the plainest reading. ----

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const refMean = (values: number[]) => (values.length === 0 ? null : sum(values) / values.length);
function refMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}
const refGap = (male: number | null, female: number | null) =>
  male === null || female === null || male === 0 ? null : ((male - female) / male) * 100;

/** The leftover rule as the guidance words it, as a table. */
const LEFTOVER: Record<number, number[]> = { 0: [0, 0, 0, 0], 1: [1, 0, 0, 0], 2: [1, 0, 1, 0], 3: [1, 1, 1, 0] };

/**
 * Quarters by slots: every ranked position is one slot; the slot at position p belongs to the quarter
 * that p falls in; a slot held by someone on a rate shared by c people, m of them men, counts m/c of a man
 * and (c − m)/c of a woman, which is the proportional split of that rate's people across any boundary.
 */
function refQuarters(fullPay: { key: number; male: boolean }[]) {
  const n = fullPay.length;
  const sizes = LEFTOVER[n % 4]!.map((extra) => Math.floor(n / 4) + extra);
  const ranked = [...fullPay].sort((a, b) => a.key - b.key);
  const men = [0, 0, 0, 0];
  const women = [0, 0, 0, 0];
  ranked.forEach((employee, position) => {
    let quarter = 0;
    let end = sizes[0]!;
    while (position >= end) end += sizes[++quarter]!;
    const sameRate = ranked.filter((other) => other.key === employee.key);
    const menOnRate = sameRate.filter((other) => other.male).length;
    men[quarter]! += menOnRate / sameRate.length;
    women[quarter]! += (sameRate.length - menOnRate) / sameRate.length;
  });
  return sizes.map((size, q) => (size === 0 ? null : { male: (men[q]! / size) * 100, female: (women[q]! / size) * 100 }));
}

function reference(records: PayRecord[]) {
  const fullPay = records.filter((r) => r.fullPayRelevant).map((r) => ({ pay: hourlyPay(r), key: rateKey(hourlyPay(r)), male: r.sex === 'M' }));
  const maleHourly = fullPay.filter((e) => e.male).map((e) => e.pay);
  const femaleHourly = fullPay.filter((e) => !e.male).map((e) => e.pay);
  const men = records.filter((r) => r.sex === 'M');
  const women = records.filter((r) => r.sex === 'F');
  const maleBonus = men.filter((r) => r.bonusPay12Months > 0).map((r) => r.bonusPay12Months);
  const femaleBonus = women.filter((r) => r.bonusPay12Months > 0).map((r) => r.bonusPay12Months);
  // No woman received a bonus while some man did: women's bonus pay counts as 0.
  const womenBonus = (value: number | null) => (maleBonus.length > 0 && femaleBonus.length === 0 ? 0 : value);
  return {
    meanHourlyGapPercent: refGap(refMean(maleHourly), refMean(femaleHourly)),
    medianHourlyGapPercent: refGap(refMedian(maleHourly), refMedian(femaleHourly)),
    meanBonusGapPercent: maleBonus.length === 0 ? null : refGap(refMean(maleBonus), womenBonus(refMean(femaleBonus))),
    medianBonusGapPercent: maleBonus.length === 0 ? null : refGap(refMedian(maleBonus), womenBonus(refMedian(femaleBonus))),
    maleBonusPercent: men.length === 0 ? null : (maleBonus.length / men.length) * 100,
    femaleBonusPercent: women.length === 0 ? null : (femaleBonus.length / women.length) * 100,
    quartiles: refQuarters(fullPay),
  };
}

function close(actual: number | null, expected: number | null, what: string) {
  if (expected === null) return assert.equal(actual, null, what);
  assert.notEqual(actual, null, what);
  assert.ok(Math.abs(actual! - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

const SIX = ['meanHourlyGapPercent', 'medianHourlyGapPercent', 'meanBonusGapPercent', 'medianBonusGapPercent', 'maleBonusPercent', 'femaleBonusPercent'] as const;

describe('gender pay gap: fast implementation against the reference', () => {
  it('agrees on every figure, unrounded and rounded, for thousands of random workforces', () => {
    fc.assert(
      fc.property(workforce, (records) => {
        const fast = genderPayGap(records, options);
        const slow = reference(records);
        for (const field of SIX) {
          close(fast.unrounded[field], slow[field], field);
          assert.equal(fast[field], slow[field] === null ? null : roundHalfAwayFromZero(slow[field]!), field);
        }
        slow.quartiles.forEach((quarter, index) => {
          close(fast.unrounded.quartiles[index]!.malePercent, quarter?.male ?? null, `quarter ${index} men`);
          close(fast.unrounded.quartiles[index]!.femalePercent, quarter?.female ?? null, `quarter ${index} women`);
          const published = fast.quartiles[index]!;
          if (quarter === null) return assert.equal(published.malePercent, null);
          assert.equal(published.malePercent, roundHalfAwayFromZero(quarter.male));
          // Round one, derive the other: the pair adds up to exactly 100 in tenths.
          assert.equal(Math.round(published.malePercent! * 10) + Math.round(published.femalePercent! * 10), 1000);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('the Trust figure is the figure of the pooled records, whatever their order', () => {
    fc.assert(
      fc.property(workforce, fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (records, weights) => {
        const shuffled = records.map((r, i) => ({ r, w: weights[i]! })).sort((a, b) => a.w - b.w).map(({ r }) => r);
        const report = genderPayGapReport(records, options);
        assert.deepEqual(report.trust, genderPayGap(shuffled, options));
        for (const academy of report.academies) {
          assert.deepEqual(academy, academyGenderPayGap(shuffled, academy.academy, options));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
