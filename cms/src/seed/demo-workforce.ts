/**
 * The demo trust's staff and recruitment: two years of synthetic payroll snapshots (31 March), vacancies
 * with applicant breakdowns, and each academy's blind-recruitment rollout. Deterministic for a reference
 * day, so tests can assert on it. About 270 relevant employees, so the Trust is past the 250 threshold of
 * the gender pay gap duty, while Chances (a small mentoring centre) has fewer than 10 staff and shows
 * suppression at work.
 *
 * The last snapshot whose publication deadline has not passed is left unapproved (Trust HR has work to
 * do); the one before it is approved and published.
 */
import { academicYearOf, addDays, addYears, seededRandom as random, type EthnicityValue, type PayRecord } from '@equality-hub/domain';

type Role = 'leader' | 'teacher' | 'support';

/** Headcounts by role, and the share of women in each, shaped after English school workforces. */
const WORKFORCES: Array<{ academy: string | null; staff: Record<Role, number>; women: Record<Role, number> }> = [
  { academy: 'st-georges', staff: { leader: 8, teacher: 72, support: 58 }, women: { leader: 0.5, teacher: 0.64, support: 0.82 } },
  { academy: 'brook-and-meadow', staff: { leader: 4, teacher: 22, support: 30 }, women: { leader: 0.75, teacher: 0.86, support: 0.93 } },
  { academy: 'oakfield-primary', staff: { leader: 3, teacher: 16, support: 22 }, women: { leader: 0.67, teacher: 0.88, support: 0.9 } },
  { academy: 'chances-mentoring', staff: { leader: 1, teacher: 3, support: 4 }, women: { leader: 0, teacher: 0.67, support: 0.5 } },
  { academy: null, staff: { leader: 5, teacher: 0, support: 19 }, women: { leader: 0.4, teacher: 0, support: 0.63 } },
];

/** Roughly the shares of school staff in England by ethnicity, with a few unrecorded. */
const ETHNICITIES: Array<[EthnicityValue | null, number]> = [
  ['white-british', 0.7], ['white-irish', 0.02], ['white-other', 0.06], ['mixed-white-black-caribbean', 0.02], ['mixed-other', 0.01],
  ['asian-indian', 0.04], ['asian-pakistani', 0.03], ['asian-bangladeshi', 0.01], ['black-african', 0.03], ['black-caribbean', 0.02],
  ['other-any', 0.01], ['not-known', 0.02], ['prefer-not-to-say', 0.02], [null, 0.01],
];

const ANNUAL_SALARY: Record<Role, [number, number]> = { leader: [62_000, 98_000], teacher: [31_650, 49_084], support: [19_500, 27_500] };
const WEEKS_PER_YEAR = 365 / 7;

function pick<T>(next: () => number, weighted: Array<[T, number]>): T {
  let roll = next() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) <= 0) return value;
  return weighted[weighted.length - 1]![0];
}

/**
 * One snapshot's payroll: monthly pay for March (31 days); support staff are mostly term-time only, their
 * hours annualised as the Trust's default method says; leaders sometimes receive a retention bonus; a few
 * staff on reduced pay (leave) are not full-pay relevant. `drift` moves pay a little between years.
 */
export function demoPayRecords(snapshotYear: number): PayRecord[] {
  const next = random(snapshotYear);
  const records: PayRecord[] = [];
  let reference = 0;
  for (const { academy, staff, women } of WORKFORCES) {
    for (const role of ['leader', 'teacher', 'support'] as const) {
      for (let index = 0; index < staff[role]; index += 1) {
        reference += 1;
        const sex = next() < women[role] ? 'F' : 'M';
        const [low, high] = ANNUAL_SALARY[role];
        // Men are a little more often at the top of the range, as the national figures show.
        const position = Math.min(1, next() * (sex === 'M' ? 1.1 : 1));
        const fullTime = role !== 'support' ? next() > 0.15 : next() > 0.6;
        const fte = fullTime ? 1 : 0.4 + Math.round(next() * 4) / 10;
        const annual = (low + (high - low) * position) * fte * (1 + (snapshotYear - 2024) * 0.03);
        const termTime = role === 'support' && next() < 0.7;
        const weeklyHours = (role === 'support' ? 36 : 32.5) * fte * (termTime ? 39 / WEEKS_PER_YEAR : 1);
        const bonus = role === 'leader' && next() < 0.4 ? Math.round(1_000 + next() * 2_000) : 0;
        records.push({
          academy,
          employeeRef: `E${String(10_000 + reference)}`,
          sex,
          ethnicity: pick(next, ETHNICITIES),
          ordinaryPay: Math.round((annual / 12) * 100) / 100,
          bonusPayInPeriod: 0,
          payPeriodDays: 31,
          weeklyHours: Math.round(weeklyHours * 100) / 100,
          bonusPay12Months: bonus,
          fullPayRelevant: next() > 0.03,
        });
      }
    }
  }
  return records;
}

/** The 31 March snapshots of the demo: the latest one on or before `today`, and the year before. */
export function demoSnapshots(today: string) {
  const year = Number(today.slice(0, 4));
  const latest = today >= `${year}-03-31` ? year : year - 1;
  const previous = `${latest - 1}-03-31`;
  return [
    { snapshotDate: previous, approvedOn: addDays(previous, 320), approvedBy: 'Director of People', records: demoPayRecords(latest - 1) },
    { snapshotDate: `${latest}-03-31`, approvedOn: null, approvedBy: null, records: demoPayRecords(latest) },
  ];
}

type Shortlisting = 'fully-anonymised' | 'partly-anonymised' | 'named';

/**
 * Vacancies of the current and the previous academic year, with applicant breakdowns for some, and the
 * rollout of blind recruitment: St George's piloted first and now anonymises every role, Brook and
 * Meadow and Chances are piloting, Oakfield has not started.
 */
export function demoRecruitment(today: string) {
  const thisYear = Number(academicYearOf(today).slice(0, 4));
  const years = [thisYear - 1, thisYear];
  const next = random(thisYear * 7);
  const methodsFor: Record<string, (year: number) => Shortlisting[]> = {
    'st-georges': (year) => (year === thisYear ? ['fully-anonymised', 'fully-anonymised', 'fully-anonymised'] : ['partly-anonymised', 'named', 'fully-anonymised']),
    'brook-and-meadow': (year) => (year === thisYear ? ['partly-anonymised', 'named'] : ['named', 'named']),
    'oakfield-primary': () => ['named', 'named'],
    'chances-mentoring': (year) => (year === thisYear ? ['partly-anonymised'] : ['named']),
  };
  const categories = ['teaching', 'support', 'leadership'] as const;
  const vacancies = Object.entries(methodsFor).flatMap(([academy, methods]) =>
    years.flatMap((year) =>
      methods(year).map((shortlistingMethod, index) => {
        const openedOn = addDays(`${year}-09-01`, 20 + index * 45);
        const applicants = 12 + Math.floor(next() * 30);
        const shortlisted = 4 + Math.floor(next() * 5);
        const roleCategory = categories[index % categories.length]!;
        return {
          academy,
          data: {
            title: `${roleCategory === 'teaching' ? 'Teacher' : roleCategory === 'support' ? 'Teaching assistant' : 'Assistant head'} (${year}/${String(year + 1).slice(2)} #${index + 1})`,
            roleCategory,
            openedOn,
            closedOn: addDays(openedOn, 21),
            shortlistingMethod,
            anonymisedUntil: 'after-shortlisting',
            panelTrained: shortlistingMethod !== 'named' || next() < 0.3,
            applicants,
            shortlisted,
            appointed: 1,
          },
        };
      }),
    ),
  );
  const rollouts = [
    { academy: 'st-georges', data: { status: 'piloting', since: `${thisYear - 1}-09-01`, leadersTotal: 8, leadersTrained: 6 } },
    { academy: 'st-georges', data: { status: 'all-roles', since: `${thisYear}-09-01`, leadersTotal: 8, leadersTrained: 8 } },
    { academy: 'brook-and-meadow', data: { status: 'piloting', since: `${thisYear}-09-01`, leadersTotal: 4, leadersTrained: 3 } },
    { academy: 'chances-mentoring', data: { status: 'piloting', since: `${thisYear}-09-01`, leadersTotal: 1, leadersTrained: 1 } },
    { academy: 'oakfield-primary', data: { status: 'not-started', since: addYears(`${thisYear}-09-01`, -1), leadersTotal: 3, leadersTrained: 0 } },
  ];
  return { vacancies, rollouts };
}

/** An applicant breakdown that adds up to a vacancy's totals: by sex, and by ethnicity. */
export function demoBreakdown(vacancy: { applicants: number; shortlisted: number; appointed: number }, seed: number) {
  const next = random(seed);
  const split = (total: number, share: number) => {
    const first = Math.round(total * share);
    return [first, total - first] as const;
  };
  const womenShare = 0.55 + next() * 0.3;
  const [womenApplied, menApplied] = split(vacancy.applicants, womenShare);
  const [womenShortlisted, menShortlisted] = split(vacancy.shortlisted, womenShare);
  const womanAppointed = next() < womenShare ? 1 : 0;
  const minorityShare = 0.2 + next() * 0.2;
  const [minorityApplied, whiteApplied] = split(vacancy.applicants, minorityShare);
  const [minorityShortlisted, whiteShortlisted] = split(vacancy.shortlisted, minorityShare * 0.8);
  const minorityAppointed = minorityShortlisted > 0 && next() < 0.3 ? 1 : 0;
  return {
    bySex: [
      { sex: 'F', applicants: womenApplied, shortlisted: Math.min(womenShortlisted, womenApplied), appointed: Math.min(womanAppointed, womenShortlisted) },
      { sex: 'M', applicants: menApplied, shortlisted: Math.min(menShortlisted, menApplied), appointed: Math.min(1 - womanAppointed, menShortlisted) },
    ],
    byEthnicity: [
      { ethnicity: 'white-british', applicants: whiteApplied, shortlisted: Math.min(whiteShortlisted, whiteApplied), appointed: 1 - minorityAppointed },
      { ethnicity: 'asian-indian', applicants: minorityApplied, shortlisted: Math.min(minorityShortlisted, minorityApplied), appointed: minorityAppointed },
    ],
  };
}
