/**
 * The Trust's documented choices for staff whose weekly hours the regulations do not pin down.
 *
 * SI 2017/353 Schedule 1 takes "weekly working hours" as the normal contractual hours, or, where hours
 * vary, the average over the 12 complete weeks ending with the last complete week of the pay period. It
 * says nothing about term-time-only staff paid in equal instalments over twelve months, and leaves to the
 * employer a representative figure for someone employed for less than 12 weeks. The Trust picks one option
 * of each kind, stores it, and every calculated set of figures states it, so that readers and the next
 * year's report know how the hours were counted.
 */
import { z } from 'zod';
import { ShortServiceMethodTerms, TermTimeMethodTerms } from '../vocabulary';

/** 365 ÷ 7: the weeks in a year, matching the "× 7 ÷ days in the pay period" of the hourly pay formula. */
export const WEEKS_PER_YEAR = 365 / 7;

export const TermTimeMethod = z.enum(TermTimeMethodTerms.values);
export type TermTimeMethod = z.infer<typeof TermTimeMethod>;
export const ShortServiceMethod = z.enum(ShortServiceMethodTerms.values);
export type ShortServiceMethod = z.infer<typeof ShortServiceMethod>;

const TERM_TIME_STATEMENTS: Record<TermTimeMethod, string> = {
  'annualised-hours':
    'Term-time-only staff: weekly hours annualised (term-time weekly hours × paid weeks ÷ 52.14), matching ' +
    'pay that is spread evenly over the year, so that their hourly pay is their true hourly rate',
  'term-time-hours':
    'Term-time-only staff: their weekly hours in a working week of term, set against the pay actually ' +
    'received in the period, which understates their hourly pay',
};

const SHORT_SERVICE_STATEMENTS: Record<ShortServiceMethod, string> = {
  'weeks-worked': 'Variable-hours staff employed for less than 12 complete weeks: the average over the complete weeks worked',
  'expected-hours':
    'Variable-hours staff employed for less than 12 complete weeks: the weekly hours expected when they were engaged',
};

/** The Trust's stored choice of method. */
export const PayGapMethod = z.object({
  termTimeOnly: TermTimeMethod,
  variableHoursShortService: ShortServiceMethod,
});
export type PayGapMethod = z.infer<typeof PayGapMethod>;

/**
 * The default annualises term-time hours, which keeps an hourly rate that is the same however the salary
 * is spread; term-time hours against spread pay would make term-time staff (mostly women, in schools) look
 * lower paid than they are. Short-service staff default to the weeks they have worked, which is what
 * the 12-week average becomes when fewer weeks exist.
 */
export const DEFAULT_PAY_GAP_METHOD: PayGapMethod = {
  termTimeOnly: 'annualised-hours',
  variableHoursShortService: 'weeks-worked',
};

/** The method as it is stated beside the figures: the choices and a sentence for each. */
export interface PayGapMethodStatement extends PayGapMethod {
  readonly statement: string;
}

/** States a method in words, for the output of every calculation and for the published report. */
export function describePayGapMethod(method: PayGapMethod): PayGapMethodStatement {
  const termTime = TERM_TIME_STATEMENTS[method.termTimeOnly];
  const shortService = SHORT_SERVICE_STATEMENTS[method.variableHoursShortService];
  return {
    ...method,
    statement:
      'Hourly pay = (ordinary pay + bonus pay for the period) × 7 ÷ days in the pay period ÷ weekly working hours ' +
      '(SI 2017/353 Schedule 1). Variable-hours staff: the average over the 12 complete weeks ending with the ' +
      `last complete week of the pay period. ${termTime}. ${shortService}.`,
  };
}

/** How one employee's weekly hours are known, before a method turns them into a single figure. */
export type WeeklyHoursBasis =
  | { readonly kind: 'fixed'; readonly contractualHours: number }
  | { readonly kind: 'term-time'; readonly termTimeWeeklyHours: number; readonly paidWeeksPerYear: number }
  | { readonly kind: 'variable'; readonly completeWeeks: readonly number[]; readonly expectedHours: number };

/** The number of complete weeks the statutory average of variable hours is taken over. */
const STATUTORY_AVERAGING_WEEKS = 12;

/**
 * The weekly working hours to put in a pay record, under the Trust's method: contractual hours as they
 * are; term-time hours annualised or not; variable hours averaged over the last 12 complete weeks (SI
 * 2017/353 Schedule 1), or, with fewer weeks, by the chosen representative figure.
 */
export function weeklyHoursFor(basis: WeeklyHoursBasis, method: PayGapMethod): number {
  switch (basis.kind) {
    case 'fixed':
      return basis.contractualHours;
    case 'term-time':
      return method.termTimeOnly === 'annualised-hours'
        ? (basis.termTimeWeeklyHours * basis.paidWeeksPerYear) / WEEKS_PER_YEAR
        : basis.termTimeWeeklyHours;
    case 'variable': {
      const weeks = basis.completeWeeks.slice(-STATUTORY_AVERAGING_WEEKS);
      if (weeks.length === STATUTORY_AVERAGING_WEEKS || (method.variableHoursShortService === 'weeks-worked' && weeks.length > 0)) {
        return weeks.reduce((sum, hours) => sum + hours, 0) / weeks.length;
      }
      return basis.expectedHours;
    }
  }
}
