/**
 * The six gender pay gap figures of SI 2017/353 Schedule 1, computed from employee-level pay records.
 *
 * Everything here is computed from records, never from other summaries: a Trust median or quarter cannot
 * be built from academy figures, so the Trust's figures come from every record of the Trust, pooled. Each
 * sex's hourly pay is sorted once (a native numeric sort of a typed array); means and medians are read off
 * those orders and the quarters off a single merge of the two, so the work is O(n log n) and 100,000
 * records take a few tens of milliseconds.
 */
import { MIN_PUBLISHED_COHORT } from '../suppression';
import { describePayGapMethod, type PayGapMethod, type PayGapMethodStatement } from './method';
import type { PayRecord } from './records';
import { roundFigure, roundHalfAwayFromZero, subtractTenths } from './rounding';
import { type Suppression, suppressCounts } from './suppression';

export const QUARTERS = ['lower', 'lower-middle', 'upper-middle', 'upper'] as const;
export type QuarterName = (typeof QUARTERS)[number];

/** One pay quarter: the shares of men and of women in it, which add up to exactly 100 once rounded. */
export interface PayQuarter {
  readonly quarter: QuarterName;
  readonly malePercent: number | null;
  readonly femalePercent: number | null;
}

/**
 * Why the bonus gaps are what they are. The regulations compare the bonus pay of men and women who
 * received bonus pay; when nobody of one sex did, one side of the comparison is empty:
 * - `no-man-received` (or `nobody-received`): the gaps are blank, as the government service requires when
 *   0% of men received a bonus, since a gap relative to men's pay divides by nothing.
 * - `no-woman-received`: women's bonus pay is taken as 0, so each gap is (men − 0) ÷ men × 100 = 100%: the
 *   whole of men's bonus pay is the gap. The regulations are silent on this case; leaving it blank would
 *   hide a real gap, so it is reported as 100% and this basis says why.
 */
export type BonusGapBasis = 'both-received' | 'no-woman-received' | 'no-man-received' | 'nobody-received';

/** A pair of averages, men's and women's; `null` where the group is empty (or suppressed). */
export interface BySex {
  readonly male: number | null;
  readonly female: number | null;
}

/** The headcounts behind the figures, which suppression is judged on. */
export interface GenderPayGapCounts {
  readonly men: number | null;
  readonly women: number | null;
  readonly fullPayMen: number | null;
  readonly fullPayWomen: number | null;
  readonly menWithBonus: number | null;
  readonly womenWithBonus: number | null;
}

/** The figures before rounding, and the pay averages they come from, kept beside the published ones. */
export interface GenderPayGapUnrounded {
  readonly meanHourlyGapPercent: number | null;
  readonly medianHourlyGapPercent: number | null;
  readonly meanBonusGapPercent: number | null;
  readonly medianBonusGapPercent: number | null;
  readonly maleBonusPercent: number | null;
  readonly femaleBonusPercent: number | null;
  readonly quartiles: readonly { readonly malePercent: number | null; readonly femalePercent: number | null }[];
  readonly meanHourlyPay: BySex;
  readonly medianHourlyPay: BySex;
  readonly meanBonusPay: BySex;
  readonly medianBonusPay: BySex;
}

/**
 * The gender pay gap of the Trust or of one academy, shaped as the GraphQL `GenderPayGap` type: the six
 * statutory figures rounded to one decimal place, quarters lower to upper, the method, and the figures
 * withheld by suppression (each `null`, with its reason in `suppressed`).
 */
export interface GenderPayGap {
  readonly scope: 'trust' | 'academy';
  /** The academy's slug, or `null` for the central team; always `null` for the Trust. */
  readonly academy: string | null;
  readonly relevantEmployees: number | null;
  readonly fullPayRelevantEmployees: number | null;
  readonly meanHourlyGapPercent: number | null;
  readonly medianHourlyGapPercent: number | null;
  readonly meanBonusGapPercent: number | null;
  readonly medianBonusGapPercent: number | null;
  readonly maleBonusPercent: number | null;
  readonly femaleBonusPercent: number | null;
  readonly quartiles: readonly PayQuarter[];
  readonly bonusGapBasis: BonusGapBasis;
  readonly method: PayGapMethodStatement;
  readonly suppressed: readonly Suppression[];
  readonly counts: GenderPayGapCounts;
  readonly unrounded: GenderPayGapUnrounded;
}

/**
 * Hourly pay of a full-pay relevant employee: (ordinary pay + bonus pay for the period) × 7 ÷ days in the
 * pay period ÷ weekly working hours (SI 2017/353 Schedule 1; GOV.UK "Making your calculations").
 */
export function hourlyPay(record: Pick<PayRecord, 'ordinaryPay' | 'bonusPayInPeriod' | 'payPeriodDays' | 'weeklyHours'>): number {
  return ((record.ordinaryPay + record.bonusPayInPeriod) * 7) / record.payPeriodDays / record.weeklyHours;
}

/**
 * The value two hourly rates are compared on to decide whether they are the same rate: the rate in
 * hundred-millionths of a pound. Rates computed from different pay periods or hours can differ in their
 * last bits when they are in truth equal (£3,100 a month of 31 days for 35 hours and £500 a week for 25
 * hours are both £20), and this makes them one rate while keeping any real difference of pay.
 */
export function rateKey(rate: number): number {
  return Math.round(rate * 1e8);
}

/**
 * Quarter sizes for `n` employees: equal quarters, one left over to the lower quarter, two to the lower and
 * upper middle, three to the lower, lower middle and upper middle (SI 2017/353 Schedule 1 para 13 and
 * GOV.UK "Making your calculations": 4,445 staff → 1,112, 1,111, 1,111, 1,111).
 */
export function quarterSizes(n: number): [number, number, number, number] {
  const base = Math.floor(n / 4);
  const leftOver = n % 4;
  return [base + (leftOver >= 1 ? 1 : 0), base + (leftOver >= 3 ? 1 : 0), base + (leftOver >= 2 ? 1 : 0), base];
}

function mean(values: Float64Array): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The median of sorted values; of an even count, the mean of the two middle values. */
function median(sorted: Float64Array): number | null {
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The values of one sex, sorted ascending, in a typed array (whose `sort` is numeric and native). */
function sortedValues(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** (men − women) ÷ men × 100 (Schedule 1): positive when women are paid less. Undefined without men's pay. */
export function gapPercent(male: number | null, female: number | null): number | null {
  if (male === null || female === null || male === 0) return null;
  return ((male - female) / male) * 100;
}

/** Men's share and women's share of each quarter, before rounding. */
interface QuarterShares {
  readonly size: number;
  readonly men: number;
  readonly women: number;
}

/**
 * Splits the full-pay relevant employees, ranked by hourly pay, into quarters. Employees on one rate who
 * straddle a boundary are split across it in proportion: a rate held by 36 women and 4 men with 10 places
 * left in the lower quarter puts 9 women and 1 man there and 27 women and 3 men in the next (GOV.UK
 * "Making your calculations"), so the shares do not depend on the order of people on the same rate. The
 * ranking is a merge of the two sorted lists, taking one rate (its men and its women) at a time.
 */
function quarterShares(maleHourly: Float64Array, femaleHourly: Float64Array): QuarterShares[] {
  const total = maleHourly.length + femaleHourly.length;
  const sizes = quarterSizes(total);
  const ends = [sizes[0], sizes[0] + sizes[1], sizes[0] + sizes[1] + sizes[2], total];
  const men = [0, 0, 0, 0];
  const women = [0, 0, 0, 0];
  let quarter = 0;
  let position = 0;
  for (let m = 0, f = 0; m < maleHourly.length || f < femaleHourly.length; ) {
    const maleKey = m < maleHourly.length ? rateKey(maleHourly[m]!) : Infinity;
    const femaleKey = f < femaleHourly.length ? rateKey(femaleHourly[f]!) : Infinity;
    const key = Math.min(maleKey, femaleKey);
    let menOnRate = 0;
    let womenOnRate = 0;
    while (m < maleHourly.length && rateKey(maleHourly[m]!) === key) {
      m += 1;
      menOnRate += 1;
    }
    while (f < femaleHourly.length && rateKey(femaleHourly[f]!) === key) {
      f += 1;
      womenOnRate += 1;
    }
    const onRate = menOnRate + womenOnRate;
    const end = position + onRate;
    while (position < end) {
      while (ends[quarter]! <= position) quarter += 1;
      const places = Math.min(end, ends[quarter]!) - position;
      men[quarter]! += (menOnRate * places) / onRate;
      women[quarter]! += (womenOnRate * places) / onRate;
      position += places;
    }
  }
  return sizes.map((size, index) => ({ size, men: men[index]!, women: women[index]! }));
}

/**
 * Rounds men's share of a quarter and derives women's, so that the pair adds up to exactly 100, as the
 * government service checks.
 */
function roundedQuarter(quarter: QuarterName, malePercent: number | null): PayQuarter {
  if (malePercent === null) return { quarter, malePercent: null, femalePercent: null };
  const male = roundHalfAwayFromZero(malePercent);
  return { quarter, malePercent: male, femalePercent: subtractTenths(100, male) };
}

/** Options of a calculation: the Trust's stored method, stated in the output. */
export interface GenderPayGapOptions {
  readonly method: PayGapMethod;
}

function calculate(records: readonly PayRecord[], method: PayGapMethod, scope: 'trust' | 'academy', academy: string | null): GenderPayGap {
  const maleHourlyPay: number[] = [];
  const femaleHourlyPay: number[] = [];
  const maleBonusPay: number[] = [];
  const femaleBonusPay: number[] = [];
  let men = 0;
  for (const record of records) {
    const male = record.sex === 'M';
    if (male) men += 1;
    if (record.bonusPay12Months > 0) (male ? maleBonusPay : femaleBonusPay).push(record.bonusPay12Months);
    if (record.fullPayRelevant) (male ? maleHourlyPay : femaleHourlyPay).push(hourlyPay(record));
  }
  const women = records.length - men;
  const maleHourly = sortedValues(maleHourlyPay);
  const femaleHourly = sortedValues(femaleHourlyPay);
  const maleBonus = sortedValues(maleBonusPay);
  const femaleBonus = sortedValues(femaleBonusPay);

  const meanHourlyPay = { male: mean(maleHourly), female: mean(femaleHourly) };
  const medianHourlyPay = { male: median(maleHourly), female: median(femaleHourly) };
  const meanBonusPay = { male: mean(maleBonus), female: mean(femaleBonus) };
  const medianBonusPay = { male: median(maleBonus), female: median(femaleBonus) };

  const bonusGapBasis: BonusGapBasis =
    maleBonus.length === 0
      ? femaleBonus.length === 0 ? 'nobody-received' : 'no-man-received'
      : femaleBonus.length === 0 ? 'no-woman-received' : 'both-received';
  // With no woman receiving a bonus, women's bonus pay is 0 (see BonusGapBasis).
  const womenBonusOrNothing = (value: number | null) => (bonusGapBasis === 'no-woman-received' ? 0 : value);

  const shares = quarterShares(maleHourly, femaleHourly);
  const unrounded: GenderPayGapUnrounded = {
    meanHourlyGapPercent: gapPercent(meanHourlyPay.male, meanHourlyPay.female),
    medianHourlyGapPercent: gapPercent(medianHourlyPay.male, medianHourlyPay.female),
    meanBonusGapPercent: gapPercent(meanBonusPay.male, womenBonusOrNothing(meanBonusPay.female)),
    medianBonusGapPercent: gapPercent(medianBonusPay.male, womenBonusOrNothing(medianBonusPay.female)),
    maleBonusPercent: men === 0 ? null : (maleBonus.length / men) * 100,
    femaleBonusPercent: women === 0 ? null : (femaleBonus.length / women) * 100,
    quartiles: shares.map((share) =>
      share.size === 0
        ? { malePercent: null, femalePercent: null }
        : { malePercent: (share.men / share.size) * 100, femalePercent: (share.women / share.size) * 100 },
    ),
    meanHourlyPay,
    medianHourlyPay,
    meanBonusPay,
    medianBonusPay,
  };

  return {
    scope,
    academy,
    relevantEmployees: records.length,
    fullPayRelevantEmployees: maleHourly.length + femaleHourly.length,
    meanHourlyGapPercent: roundFigure(unrounded.meanHourlyGapPercent),
    medianHourlyGapPercent: roundFigure(unrounded.medianHourlyGapPercent),
    meanBonusGapPercent: roundFigure(unrounded.meanBonusGapPercent),
    medianBonusGapPercent: roundFigure(unrounded.medianBonusGapPercent),
    maleBonusPercent: roundFigure(unrounded.maleBonusPercent),
    femaleBonusPercent: roundFigure(unrounded.femaleBonusPercent),
    quartiles: QUARTERS.map((quarter, index) => roundedQuarter(quarter, unrounded.quartiles[index]!.malePercent)),
    bonusGapBasis,
    method: describePayGapMethod(method),
    suppressed: [],
    counts: {
      men,
      women,
      fullPayMen: maleHourly.length,
      fullPayWomen: femaleHourly.length,
      menWithBonus: maleBonus.length,
      womenWithBonus: femaleBonus.length,
    },
    unrounded,
  };
}

/**
 * The Trust's gender pay gap, from every pay record of the Trust (the one employer; SI 2017/353 Schedule 1):
 * mean and median hourly gap over full-pay relevant employees, mean and median bonus gap over relevant
 * employees who received bonus pay in the 12 months, the proportions of men and of women who received
 * one, and the four quarters. The Trust's six statutory figures are never suppressed.
 */
export function genderPayGap(records: readonly PayRecord[], options: GenderPayGapOptions): GenderPayGap {
  return calculate(records, options.method, 'trust', null);
}

/** Why a figure is withheld, worded for the reader. */
const fewerThan = (what: string) => `fewer than ${MIN_PUBLISHED_COHORT} ${what}`;

/**
 * Withholds the small-number figures of one academy's gender pay gap: a gap when either compared group
 * has fewer than 10 people, a proportion when its base has fewer than 10, a quarter's shares when the
 * quarter has fewer than 10, and a count under 10, with its complement when the total would reveal it.
 * The pay averages kept beside a withheld gap are withheld with it.
 */
export function suppressAcademyPayGap(figures: GenderPayGap): GenderPayGap {
  const counts = figures.counts;
  const suppressed: Suppression[] = [];
  const withhold = <T>(field: string, value: T | null, reason: string, condition: boolean): T | null => {
    if (!condition) return value;
    if (value !== null) suppressed.push({ field, reason });
    return null;
  };
  const small = (count: number | null) => count === null || count < MIN_PUBLISHED_COHORT;

  // Headcounts by field name as they appear in the output; the two totals are top-level fields.
  const headcounts = new Map<string, number>([
    ['relevantEmployees', figures.relevantEmployees ?? 0],
    ['fullPayRelevantEmployees', figures.fullPayRelevantEmployees ?? 0],
    ...Object.entries(counts).map(([name, value]): [string, number] => [`counts.${name}`, value ?? 0]),
  ]);
  const hiddenCounts = suppressCounts(headcounts, [
    ['relevantEmployees', 'counts.men', 'counts.women'],
    ['fullPayRelevantEmployees', 'counts.fullPayMen', 'counts.fullPayWomen'],
  ]);
  const count = (field: string, value: number | null) => {
    const reason = hiddenCounts.get(field);
    return withhold(field, value, reason ?? '', reason !== undefined);
  };

  const hourlySmall = small(counts.fullPayMen) || small(counts.fullPayWomen);
  const bonusSmall = small(counts.menWithBonus) || small(counts.womenWithBonus);
  const hourlyReason = fewerThan('men or fewer than 10 women among full-pay relevant employees');
  const bonusReason = fewerThan('men or fewer than 10 women received bonus pay');
  const u = figures.unrounded;
  const hideHourly = <T>(value: T) => (hourlySmall ? null : value);
  const hideBonus = <T>(value: T) => (bonusSmall ? null : value);
  const quarterSizesOf = quarterSizes(figures.fullPayRelevantEmployees ?? 0);

  const quartiles = figures.quartiles.map((quarter, index) => {
    const tooSmall = quarterSizesOf[index]! < MIN_PUBLISHED_COHORT;
    const male = withhold(`quartiles.${quarter.quarter}`, quarter.malePercent, fewerThan('people in the quarter'), tooSmall);
    return { quarter: quarter.quarter, malePercent: male, femalePercent: tooSmall ? null : quarter.femalePercent };
  });

  const result: GenderPayGap = {
    ...figures,
    relevantEmployees: count('relevantEmployees', figures.relevantEmployees),
    fullPayRelevantEmployees: count('fullPayRelevantEmployees', figures.fullPayRelevantEmployees),
    meanHourlyGapPercent: withhold('meanHourlyGapPercent', figures.meanHourlyGapPercent, hourlyReason, hourlySmall),
    medianHourlyGapPercent: withhold('medianHourlyGapPercent', figures.medianHourlyGapPercent, hourlyReason, hourlySmall),
    meanBonusGapPercent: withhold('meanBonusGapPercent', figures.meanBonusGapPercent, bonusReason, bonusSmall),
    medianBonusGapPercent: withhold('medianBonusGapPercent', figures.medianBonusGapPercent, bonusReason, bonusSmall),
    maleBonusPercent: withhold('maleBonusPercent', figures.maleBonusPercent, fewerThan('men'), small(counts.men)),
    femaleBonusPercent: withhold('femaleBonusPercent', figures.femaleBonusPercent, fewerThan('women'), small(counts.women)),
    quartiles,
    counts: {
      men: count('counts.men', counts.men),
      women: count('counts.women', counts.women),
      fullPayMen: count('counts.fullPayMen', counts.fullPayMen),
      fullPayWomen: count('counts.fullPayWomen', counts.fullPayWomen),
      menWithBonus: count('counts.menWithBonus', counts.menWithBonus),
      womenWithBonus: count('counts.womenWithBonus', counts.womenWithBonus),
    },
    suppressed,
    unrounded: {
      meanHourlyGapPercent: hideHourly(u.meanHourlyGapPercent),
      medianHourlyGapPercent: hideHourly(u.medianHourlyGapPercent),
      meanBonusGapPercent: hideBonus(u.meanBonusGapPercent),
      medianBonusGapPercent: hideBonus(u.medianBonusGapPercent),
      maleBonusPercent: small(counts.men) ? null : u.maleBonusPercent,
      femaleBonusPercent: small(counts.women) ? null : u.femaleBonusPercent,
      quartiles: u.quartiles.map((quarter, index) =>
        quartiles[index]!.malePercent === null ? { malePercent: null, femalePercent: null } : quarter,
      ),
      meanHourlyPay: hideHourly(u.meanHourlyPay) ?? { male: null, female: null },
      medianHourlyPay: hideHourly(u.medianHourlyPay) ?? { male: null, female: null },
      meanBonusPay: hideBonus(u.meanBonusPay) ?? { male: null, female: null },
      medianBonusPay: hideBonus(u.medianBonusPay) ?? { male: null, female: null },
    },
  };
  return result;
}

/**
 * One academy's gender pay gap (`academy` a slug, or `null` for the central team), from that academy's
 * records only and with small-number suppression applied. For the Trust use {@link genderPayGap}.
 */
export function academyGenderPayGap(records: readonly PayRecord[], academy: string | null, options: GenderPayGapOptions): GenderPayGap {
  const own = records.filter((record) => record.academy === academy);
  return suppressAcademyPayGap(calculate(own, options.method, 'academy', academy));
}

/** The Trust's figures and every academy's (central team last), as Trust HR and the executive see them. */
export interface GenderPayGapReport {
  readonly trust: GenderPayGap;
  readonly academies: readonly GenderPayGap[];
}

/**
 * The Trust's gender pay gap from its pooled records, and each academy's from its own records, suppressed.
 * The Trust's figures are never combined from academy figures (a median of medians is not a median).
 */
export function genderPayGapReport(records: readonly PayRecord[], options: GenderPayGapOptions): GenderPayGapReport {
  const byAcademy = new Map<string | null, PayRecord[]>();
  for (const record of records) {
    const list = byAcademy.get(record.academy);
    if (list) list.push(record);
    else byAcademy.set(record.academy, [record]);
  }
  const order = [...byAcademy.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    trust: genderPayGap(records, options),
    academies: order.map((academy) => suppressAcademyPayGap(calculate(byAcademy.get(academy)!, options.method, 'academy', academy))),
  };
}

/** The change in each published figure from one snapshot to the next, in percentage points. */
export interface GenderPayGapChange {
  readonly meanHourlyGapPercent: number | null;
  readonly medianHourlyGapPercent: number | null;
  readonly meanBonusGapPercent: number | null;
  readonly medianBonusGapPercent: number | null;
  readonly maleBonusPercent: number | null;
  readonly femaleBonusPercent: number | null;
  readonly quartilesFemalePercent: readonly (number | null)[];
}

/**
 * Year-on-year change (current − previous) of the published figures. It is taken between the rounded
 * figures, as readers see them, so that 2.1 → 2.3 reads as +0.2 however the unrounded values fell; it is
 * `null` where either year's figure is blank or suppressed.
 */
/** The figures a change is taken between: the published ones, so a public report can show its change too. */
export type ComparableFigures = Pick<
  GenderPayGap,
  'meanHourlyGapPercent' | 'medianHourlyGapPercent' | 'meanBonusGapPercent' | 'medianBonusGapPercent' | 'maleBonusPercent' | 'femaleBonusPercent'
> & { readonly quartiles: readonly Pick<PayQuarter, 'femalePercent'>[] };

export function genderPayGapChange(previous: ComparableFigures, current: ComparableFigures): GenderPayGapChange {
  const change = (before: number | null, after: number | null) => (before === null || after === null ? null : subtractTenths(after, before));
  return {
    meanHourlyGapPercent: change(previous.meanHourlyGapPercent, current.meanHourlyGapPercent),
    medianHourlyGapPercent: change(previous.medianHourlyGapPercent, current.medianHourlyGapPercent),
    meanBonusGapPercent: change(previous.meanBonusGapPercent, current.meanBonusGapPercent),
    medianBonusGapPercent: change(previous.medianBonusGapPercent, current.medianBonusGapPercent),
    maleBonusPercent: change(previous.maleBonusPercent, current.maleBonusPercent),
    femaleBonusPercent: change(previous.femaleBonusPercent, current.femaleBonusPercent),
    quartilesFemalePercent: current.quartiles.map((quarter, index) =>
      change(previous.quartiles[index]?.femalePercent ?? null, quarter.femalePercent),
    ),
  };
}
