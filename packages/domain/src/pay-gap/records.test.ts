import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PAY_GAP_METHOD, describePayGapMethod, PayGapMethod, weeklyHoursFor, WEEKS_PER_YEAR } from './method';
import { Ethnicity, PayRecord } from './records';

describe('ethnicity codes', () => {
  it('reads the 2021 Census codes and the DfE School Workforce Census codes', () => {
    assert.equal(Ethnicity.parse('asian-chinese'), 'asian-chinese');
    assert.equal(Ethnicity.parse('CHNE'), 'asian-chinese');
    assert.equal(Ethnicity.parse(' wbri '), 'white-british');
    assert.equal(Ethnicity.parse('WIRT'), 'white-gypsy-or-irish-traveller');
    assert.equal(Ethnicity.parse('WROM'), 'white-roma');
    assert.equal(Ethnicity.parse('OOTH'), 'other-any');
    assert.equal(Ethnicity.parse('REFU'), 'prefer-not-to-say');
    assert.equal(Ethnicity.parse('NOBT'), 'not-known');
    assert.equal(Ethnicity.parse('ACHN'), undefined);
    assert.equal(Ethnicity.parse('White British'), undefined);
  });

  it('has an alias for every DfE main code, and a high-level group for every recorded ethnic group', () => {
    assert.deepEqual(
      [...Ethnicity.dfeAliases.keys()].sort(),
      ['ABAN', 'AIND', 'AOTH', 'APKN', 'BAFR', 'BCRB', 'BOTH', 'CHNE', 'MOTH', 'MWAS', 'MWBA', 'MWBC', 'NOBT', 'OOTH', 'REFU', 'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM'],
    );
    assert.equal(Ethnicity.values.length, 21);
    assert.equal(Ethnicity.groupOf('white-other'), 'white-other-than-british');
    assert.equal(Ethnicity.groupOf('asian-chinese'), 'asian');
    assert.equal(Ethnicity.groupOf('white-british'), null);
    assert.equal(Ethnicity.groupOf('not-known'), null);
  });
});

describe('pay record schema', () => {
  const valid = {
    academy: null,
    employeeRef: 'P001',
    sex: 'F',
    ethnicity: 'white-irish',
    ordinaryPay: 2000,
    bonusPayInPeriod: 0,
    payPeriodDays: 31,
    weeklyHours: 32.5,
    bonusPay12Months: 0,
    fullPayRelevant: true,
  };

  it('accepts a central-team record', () => {
    assert.deepEqual(PayRecord.parse(valid), valid);
  });

  it('rejects negative pay, hours out of range, unknown codes and other sexes', () => {
    for (const bad of [{ ordinaryPay: -1 }, { weeklyHours: 0 }, { weeklyHours: 169 }, { payPeriodDays: 0 }, { ethnicity: 'WBRI' }, { sex: 'X' }, { employeeRef: '' }]) {
      assert.equal(PayRecord.safeParse({ ...valid, ...bad }).success, false, JSON.stringify(bad));
    }
  });
});

describe('the method for term-time and variable-hours staff', () => {
  const termTimeOnly = { kind: 'term-time', termTimeWeeklyHours: 32.5, paidWeeksPerYear: 44 } as const;

  it('annualises term-time hours by default, or takes term-time hours as they are', () => {
    // 32.5 hours × 44 paid weeks ÷ 52.142857 weeks = 27.42… hours a week.
    assert.ok(Math.abs(weeklyHoursFor(termTimeOnly, DEFAULT_PAY_GAP_METHOD) - (32.5 * 44) / WEEKS_PER_YEAR) < 1e-12);
    assert.equal(weeklyHoursFor(termTimeOnly, { ...DEFAULT_PAY_GAP_METHOD, termTimeOnly: 'term-time-hours' }), 32.5);
  });

  it('averages variable hours over the last 12 complete weeks, with the chosen figure for shorter service', () => {
    const fourteenWeeks = { kind: 'variable', completeWeeks: [100, 100, ...Array(12).fill(10)], expectedHours: 20 } as const;
    assert.equal(weeklyHoursFor(fourteenWeeks, DEFAULT_PAY_GAP_METHOD), 10);
    const threeWeeks = { kind: 'variable', completeWeeks: [10, 20, 30], expectedHours: 25 } as const;
    assert.equal(weeklyHoursFor(threeWeeks, DEFAULT_PAY_GAP_METHOD), 20);
    assert.equal(weeklyHoursFor(threeWeeks, { ...DEFAULT_PAY_GAP_METHOD, variableHoursShortService: 'expected-hours' }), 25);
    assert.equal(weeklyHoursFor({ kind: 'fixed', contractualHours: 37 }, DEFAULT_PAY_GAP_METHOD), 37);
  });

  it('is a stored, validated choice, stated in words', () => {
    assert.equal(PayGapMethod.safeParse({ termTimeOnly: 'whatever', variableHoursShortService: 'weeks-worked' }).success, false);
    assert.match(describePayGapMethod(DEFAULT_PAY_GAP_METHOD).statement, /annualised/);
  });
});
