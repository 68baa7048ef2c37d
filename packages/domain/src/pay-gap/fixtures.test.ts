/**
 * Builders of pay records for the tests of this folder. Named as a test file so that the build leaves it out;
 * it holds no tests itself, only the builders that let each test state the fields its worked example is about.
 */
import type { PayRecord } from './records';

let next = 0;

/** A full-pay relevant employee on a weekly pay period and 10 hours a week, unless told otherwise. */
export function payRecord(fields: Partial<PayRecord> & Pick<PayRecord, 'sex'>): PayRecord {
  next += 1;
  return {
    academy: 'oak',
    employeeRef: `E${next}`,
    ethnicity: null,
    ordinaryPay: 0,
    bonusPayInPeriod: 0,
    payPeriodDays: 7,
    weeklyHours: 10,
    bonusPay12Months: 0,
    fullPayRelevant: true,
    ...fields,
  };
}

/** An employee whose hourly pay is `rate`: a week's pay of 10 × rate for 10 hours, so £rate × 10 × 7 ÷ 7 ÷ 10. */
export function atRate(sex: PayRecord['sex'], rate: number, fields: Partial<PayRecord> = {}): PayRecord {
  return payRecord({ sex, ordinaryPay: rate * 10, ...fields });
}

/** `count` employees of one sex at one hourly rate. */
export function many(count: number, sex: PayRecord['sex'], rate: number, fields: Partial<PayRecord> = {}): PayRecord[] {
  return Array.from({ length: count }, () => atRate(sex, rate, fields));
}
