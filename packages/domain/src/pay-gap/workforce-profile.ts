/**
 * The workforce profile: the employee information a public authority with 150 or more employees publishes
 * (SI 2017/353 reg 4), as headcounts of the Trust's relevant employees on the snapshot date by sex, by
 * ethnic group and by academy, with small-number suppression applied.
 */
import { EMPLOYEE_INFORMATION_THRESHOLD } from './employer-size';
import { type EthnicGroupValue, EthnicGroup, Ethnicity, type PayRecord } from './records';
import { type Suppression, suppressCounts } from './suppression';

/** The ethnicity categories of the profile: White British, the five high-level groups, and the unrecorded. */
export type ProfileEthnicity = 'white-british' | EthnicGroupValue | 'not-known' | 'prefer-not-to-say' | 'not-recorded';

const PROFILE_ETHNICITIES: readonly { readonly category: ProfileEthnicity; readonly label: string }[] = [
  { category: 'white-british', label: 'White British' },
  ...EthnicGroup.terms.map((term) => ({ category: term.value, label: term.label })),
  { category: 'not-known', label: 'Not known' },
  { category: 'prefer-not-to-say', label: 'Prefer not to say' },
  { category: 'not-recorded', label: 'Not recorded' },
];

/** The key a central-team row goes by in field names, since the central team has no academy slug. */
export const CENTRAL_TEAM = 'central-team';

export interface ProfileCount<C extends string = string> {
  readonly category: C;
  readonly label: string;
  /** `null` when withheld. */
  readonly count: number | null;
}

export interface AcademyHeadcount {
  /** The academy's slug, or `null` for the central team. */
  readonly academy: string | null;
  readonly total: number | null;
  readonly men: number | null;
  readonly women: number | null;
}

export interface WorkforceProfile {
  /** Whether the Trust must publish employee information: 150 or more employees (SI 2017/353 reg 4). */
  readonly employeeInformationRequired: boolean;
  readonly total: number | null;
  readonly bySex: { readonly men: number | null; readonly women: number | null };
  readonly byEthnicity: readonly ProfileCount<ProfileEthnicity>[];
  readonly byAcademy: readonly AcademyHeadcount[];
  readonly suppressed: readonly Suppression[];
}

function profileEthnicity(record: PayRecord): ProfileEthnicity {
  if (record.ethnicity === null) return 'not-recorded';
  const ethnicity = record.ethnicity;
  // White British and the two unrecorded answers have no high-level group: they are categories of their own.
  if (ethnicity === 'white-british' || ethnicity === 'not-known' || ethnicity === 'prefer-not-to-say') {
    return ethnicity;
  }
  return Ethnicity.groupOf(ethnicity)!;
}

/**
 * The workforce profile of one snapshot: relevant employees by sex, by ethnic group (White British, the
 * five Census high-level groups, and those not known, who preferred not to say, or with nothing recorded)
 * and by academy, with men and women in each academy. A count under 10 is withheld, and so is any count
 * that would let a withheld one be worked out from a total (secondary suppression), across the rows and
 * the columns of the academy table alike.
 */
export function workforceProfile(records: readonly PayRecord[]): WorkforceProfile {
  const counts = new Map<string, number>([['total', records.length], ['bySex.men', 0], ['bySex.women', 0]]);
  for (const { category } of PROFILE_ETHNICITIES) counts.set(`byEthnicity.${category}`, 0);
  const academies = new Set<string | null>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const academyKey = (academy: string | null) => `byAcademy.${academy ?? CENTRAL_TEAM}`;
  for (const record of records) {
    const sex = record.sex === 'M' ? 'men' : 'women';
    const row = academyKey(record.academy);
    if (!academies.has(record.academy)) {
      academies.add(record.academy);
      for (const part of ['total', 'men', 'women']) counts.set(`${row}.${part}`, 0);
    }
    add(`bySex.${sex}`);
    add(`byEthnicity.${profileEthnicity(record)}`);
    add(`${row}.total`);
    add(`${row}.${sex}`);
  }
  const order = [...academies].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const keysOf = (part: 'total' | 'men' | 'women') => order.map((academy) => `${academyKey(academy)}.${part}`);

  const withheld = suppressCounts(counts, [
    ['total', 'bySex.men', 'bySex.women'],
    ['total', ...PROFILE_ETHNICITIES.map(({ category }) => `byEthnicity.${category}`)],
    ['total', ...keysOf('total')],
    ['bySex.men', ...keysOf('men')],
    ['bySex.women', ...keysOf('women')],
    ...order.map((academy) => [`${academyKey(academy)}.total`, `${academyKey(academy)}.men`, `${academyKey(academy)}.women`]),
  ]);
  const shown = (key: string) => (withheld.has(key) ? null : counts.get(key)!);

  return {
    employeeInformationRequired: records.length >= EMPLOYEE_INFORMATION_THRESHOLD,
    total: shown('total'),
    bySex: { men: shown('bySex.men'), women: shown('bySex.women') },
    byEthnicity: PROFILE_ETHNICITIES.map(({ category, label }) => ({ category, label, count: shown(`byEthnicity.${category}`) })),
    byAcademy: order.map((academy) => ({
      academy,
      total: shown(`${academyKey(academy)}.total`),
      men: shown(`${academyKey(academy)}.men`),
      women: shown(`${academyKey(academy)}.women`),
    })),
    suppressed: [...withheld].map(([field, reason]) => ({ field, reason })),
  };
}
