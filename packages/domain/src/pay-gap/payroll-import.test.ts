import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarisePayroll } from './payroll-import';
import type { PayRecord } from './records';

let next = 0;
const record = (academy: string | null, sex: 'M' | 'F', fullPayRelevant: boolean): PayRecord => ({
  academy,
  employeeRef: `E${(next += 1)}`,
  sex,
  ethnicity: null,
  ordinaryPay: 1000,
  bonusPayInPeriod: 0,
  payPeriodDays: 31,
  weeklyHours: 37,
  bonusPay12Months: 0,
  fullPayRelevant,
});

describe('a payroll summary', () => {
  it('counts rows, men, women, full-pay relevant employees and rows per academy, in file order', () => {
    const summary = summarisePayroll([record('oakfield-primary', 'F', true), record(null, 'M', false), record('oakfield-primary', 'M', true), record('st-georges', 'F', true)]);
    assert.deepEqual(summary, {
      rows: 4,
      men: 2,
      women: 2,
      fullPayRelevant: 3,
      byAcademy: [{ academy: 'oakfield-primary', rows: 2 }, { academy: null, rows: 1 }, { academy: 'st-georges', rows: 1 }],
    });
  });

  it('holds head counts only, never pay', () => {
    assert.doesNotMatch(JSON.stringify(summarisePayroll([record(null, 'F', true)])), /1000|ordinaryPay|bonus|E1/);
  });
});
