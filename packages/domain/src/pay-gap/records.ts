/**
 * Pay records and the ethnicity vocabulary of the pay gap calculations.
 *
 * A pay record is one relevant employee of the Trust on the snapshot date, as a payroll export describes
 * them (SI 2017/353 Schedule 1). It is special-category data: this module only describes and validates it.
 */
import { z } from 'zod';
import { Ethnicity, PaySexTerms } from '../vocabulary';

export { EthnicGroup, Ethnicity, type EthnicGroupValue, type EthnicityValue } from '../vocabulary';

export const PaySex = z.enum(PaySexTerms.values);
export type PaySex = z.infer<typeof PaySex>;

const money = z.number().finite().nonnegative();

/**
 * One relevant employee on the snapshot date (SI 2017/353 Schedule 1 paras 1–7): ordinary pay and the
 * bonus attributable to the relevant pay period, the period's length, normal weekly working hours, bonus
 * pay in the 12 months ending on the snapshot date, and whether the employee is a full-pay relevant
 * employee (not on reduced or nil pay because of leave during the period). `academy` is a slug, or `null`
 * for the central team.
 */
export const PayRecord = z.object({
  academy: z.string().min(1).nullable(),
  employeeRef: z.string().min(1),
  sex: PaySex,
  ethnicity: z.enum(Ethnicity.values).nullable(),
  ordinaryPay: money,
  bonusPayInPeriod: money,
  payPeriodDays: z.number().int().min(1).max(366),
  weeklyHours: z.number().finite().positive().max(168),
  bonusPay12Months: money,
  fullPayRelevant: z.boolean(),
});
export type PayRecord = z.infer<typeof PayRecord>;
