/**
 * Pay records and the ethnicity vocabulary of the pay gap calculations.
 *
 * A pay record is one relevant employee of the Trust on the snapshot date, as a payroll export describes
 * them (SI 2017/353 Schedule 1). It is special-category data: this module only describes and validates it.
 */
import { z } from 'zod';

/**
 * The 2021 Census high-level ethnic groups of England and Wales. White British is the reference group of
 * the ethnicity pay gap, so the White group that small groups merge into is "White other than White
 * British": merging White British in would compare the reference group partly with itself.
 */
const ethnicGroupTerms = [
  { value: 'white-other-than-british', label: 'White (other than White British)' },
  { value: 'mixed', label: 'Mixed or Multiple ethnic groups' },
  { value: 'asian', label: 'Asian, Asian British or Asian Welsh' },
  { value: 'black', label: 'Black, Black British, Black Welsh, Caribbean or African' },
  { value: 'other', label: 'Other ethnic group' },
] as const;

export type EthnicGroupValue = (typeof ethnicGroupTerms)[number]['value'];

/** The five high-level groups that small ethnic groups are merged into (GOV.UK ethnicity pay gap guidance, 2023). */
export const EthnicGroup = {
  terms: ethnicGroupTerms,
  values: ethnicGroupTerms.map((term) => term.value) as unknown as readonly [EthnicGroupValue, ...EthnicGroupValue[]],
  label: (value: EthnicGroupValue): string => ethnicGroupTerms.find((term) => term.value === value)!.label,
};

/**
 * The 2021 Census ethnic groups as kebab-case codes, each with its high-level group (`null` for White
 * British, the reference group, and for the two answers that record no ethnicity) and the DfE School
 * Workforce Census code that school payroll exports use for it.
 *
 * The DfE main codes follow the 2001 classification, so the mapping is not one to one:
 * - DfE has no Arab code; Arab staff are recorded as OOTH and arrive as `other-any`, so `other-arab` has
 *   no alias.
 * - DfE puts Chinese (CHNE) apart from Asian; the 2021 Census puts Chinese in the Asian group, and so do we.
 * - DfE WROM is "Gypsy / Roma" and WIRT "Traveller of Irish heritage", while the Census has "Gypsy or Irish
 *   Traveller" and "Roma". WIRT maps to the Gypsy or Irish Traveller group and WROM to Roma, so Gypsy staff
 *   coded WROM are counted as Roma; both are White, so merged figures are unaffected.
 * - REFU (refused) is `prefer-not-to-say` and NOBT (information not yet obtained) is `not-known`.
 */
const ethnicityTerms = [
  { value: 'white-british', label: 'White: English, Welsh, Scottish, Northern Irish or British', group: null, dfe: 'WBRI' },
  { value: 'white-irish', label: 'White: Irish', group: 'white-other-than-british', dfe: 'WIRI' },
  { value: 'white-gypsy-or-irish-traveller', label: 'White: Gypsy or Irish Traveller', group: 'white-other-than-british', dfe: 'WIRT' },
  { value: 'white-roma', label: 'White: Roma', group: 'white-other-than-british', dfe: 'WROM' },
  { value: 'white-other', label: 'White: any other White background', group: 'white-other-than-british', dfe: 'WOTH' },
  { value: 'mixed-white-black-caribbean', label: 'Mixed: White and Black Caribbean', group: 'mixed', dfe: 'MWBC' },
  { value: 'mixed-white-black-african', label: 'Mixed: White and Black African', group: 'mixed', dfe: 'MWBA' },
  { value: 'mixed-white-asian', label: 'Mixed: White and Asian', group: 'mixed', dfe: 'MWAS' },
  { value: 'mixed-other', label: 'Mixed: any other Mixed or Multiple background', group: 'mixed', dfe: 'MOTH' },
  { value: 'asian-indian', label: 'Asian: Indian', group: 'asian', dfe: 'AIND' },
  { value: 'asian-pakistani', label: 'Asian: Pakistani', group: 'asian', dfe: 'APKN' },
  { value: 'asian-bangladeshi', label: 'Asian: Bangladeshi', group: 'asian', dfe: 'ABAN' },
  { value: 'asian-chinese', label: 'Asian: Chinese', group: 'asian', dfe: 'CHNE' },
  { value: 'asian-other', label: 'Asian: any other Asian background', group: 'asian', dfe: 'AOTH' },
  { value: 'black-african', label: 'Black: African', group: 'black', dfe: 'BAFR' },
  { value: 'black-caribbean', label: 'Black: Caribbean', group: 'black', dfe: 'BCRB' },
  { value: 'black-other', label: 'Black: any other Black, Black British or Caribbean background', group: 'black', dfe: 'BOTH' },
  { value: 'other-arab', label: 'Other ethnic group: Arab', group: 'other', dfe: null },
  { value: 'other-any', label: 'Other ethnic group: any other ethnic group', group: 'other', dfe: 'OOTH' },
  { value: 'not-known', label: 'Not known', group: null, dfe: 'NOBT' },
  { value: 'prefer-not-to-say', label: 'Prefer not to say', group: null, dfe: 'REFU' },
] as const satisfies readonly { value: string; label: string; group: EthnicGroupValue | null; dfe: string | null }[];

export type EthnicityValue = (typeof ethnicityTerms)[number]['value'];

const byValue = new Map<string, (typeof ethnicityTerms)[number]>(ethnicityTerms.map((term) => [term.value, term]));
const byDfeCode = new Map<string, EthnicityValue>(
  ethnicityTerms.flatMap((term) => (term.dfe ? [[term.dfe, term.value] as const] : [])),
);

export const Ethnicity = {
  terms: ethnicityTerms,
  values: ethnicityTerms.map((term) => term.value) as unknown as readonly [EthnicityValue, ...EthnicityValue[]],
  label: (value: EthnicityValue): string => byValue.get(value)!.label,
  /** The high-level group of an ethnic group; `null` for White British and for the unrecorded answers. */
  groupOf: (value: EthnicityValue): EthnicGroupValue | null => byValue.get(value)!.group,
  /** The DfE School Workforce Census codes and the ethnic group each stands for. */
  dfeAliases: byDfeCode as ReadonlyMap<string, EthnicityValue>,
  /**
   * Reads an ethnicity as a payroll export writes it: a kebab-case Census code, or a DfE School Workforce
   * Census code in any case. Returns `undefined` for anything else, so the importer can name the bad cell.
   */
  parse: (code: string): EthnicityValue | undefined => {
    const trimmed = code.trim();
    if (byValue.has(trimmed)) return trimmed as EthnicityValue;
    return byDfeCode.get(trimmed.toUpperCase());
  },
};

export const PaySex = z.enum(['M', 'F']);
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
