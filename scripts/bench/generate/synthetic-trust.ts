/**
 * A synthetic trust of any size for the benchmarks: academies, each with a plan, 25 objectives (measures,
 * actions, milestones), a statement, a year of equality information, 120 staff in the 31 March pay
 * snapshot and some vacancies; the Trust record and its objectives, with contributions. Deterministic for
 * a seed, and academy by academy: academy 7 is the same in a trust of 10 and of 100, so a database loaded
 * with 10 grows to 100 by adding academies 11 to 100.
 *
 * Every record is what an academy could really enter: the unit test checks each one against the plugin's
 * own write rules (@equality-hub/domain's *Input schemas), and loading goes through the Document Service.
 * The mix (about one academy in eight with out-of-date information, some overdue actions, a few overdue
 * reviews) gives the reports something to find.
 */
import {
  addDays,
  addMonths,
  CharacteristicChoice,
  Ethnicity,
  Metric,
  ProgressStatus,
  PsedAim,
  PupilGroup,
  TargetGroup,
  type PayRecord,
  type TrustObjectiveCodeValue,
} from '@equality-hub/domain';
import { between, integer, pick, some, stream, type Random } from './prng';

/** The day and year every benchmark report is judged on, so a run is the same on any day. */
export const REPORT_AS_OF = '2026-01-15';
export const REPORT_YEAR = '2025/26';
export const SNAPSHOT_DATE = '2025-03-31';
export const SNAPSHOT_YEAR = 2025;

export const OBJECTIVES_PER_ACADEMY = 25;
export const STAFF_PER_ACADEMY = 120;
export const VACANCIES_PER_ACADEMY = 6;

/** Trust objectives every academy contributes to (the other three are the Trust's own). */
const CONTRIBUTED: readonly TrustObjectiveCodeValue[] = ['attainment-gaps', 'annual-statements'];

const TRUST_OBJECTIVES: { code: TrustObjectiveCodeValue; title: string }[] = [
  { code: 'attainment-gaps', title: 'Narrow attainment gaps for disadvantaged pupils' },
  { code: 'annual-statements', title: 'Every academy publishes its equality information each year' },
  { code: 'hr-equalities-data', title: 'Publish the workforce equality profile' },
  { code: 'gender-pay-gap', title: 'Reduce the gender pay gap' },
  { code: 'blind-recruitment', title: 'Anonymise shortlisting for every role' },
];

export interface SyntheticAcademy {
  /** 1-based: the academy's place in the trust. */
  number: number;
  academy: Record<string, unknown> & { slug: string; urn: string };
  plan: Record<string, unknown>;
  objectives: Record<string, unknown>[];
  statement: Record<string, unknown>;
  information: Record<string, unknown>;
  /** Academy given as its slug, as the importer takes it. */
  payRecords: PayRecord[];
  vacancies: Record<string, unknown>[];
  contributions: { code: TrustObjectiveCodeValue; note: string; progressStatus: string }[];
}

export const slugOf = (number: number) => `synthetic-${String(number).padStart(4, '0')}`;
export const urnOf = (number: number) => String(400_000 + number);

/** The Trust record and its objectives (published). */
export function syntheticTrustRecords() {
  return {
    trust: { name: 'Synthetic Benchmark Trust', companyNumber: '09999999', equalityOwnerName: 'Director of People' },
    trustObjectives: TRUST_OBJECTIVES.map(({ code, title }) => ({
      code, title, owner: 'Trust executive', progressStatus: 'on-track', periodStart: '2024-09-01', periodEnd: '2028-08-31',
    })),
  };
}

const PHASES = ['primary', 'primary', 'primary', 'secondary', 'secondary', 'special', 'alternative-provision', 'all-through'] as const;
const CHARACTERISTICS = CharacteristicChoice.values.filter((value) => value !== 'all');
const STATUSES = ProgressStatus.values;

function objective(next: Random, number: number, index: number): Record<string, unknown> {
  const characteristics = next() < 0.1 ? ['all'] : some(next, CHARACTERISTICS, integer(next, 1, 3));
  const targetGroups = some(next, TargetGroup.values, integer(next, 1, 2));
  const measured = next() < 0.8;
  const metric = pick(next, Metric.values);
  const baseline = Math.round(between(next, 10, 90));
  const actions = Array.from({ length: integer(next, 1, 3) }, (_, action) => {
    const dueOn = addDays(REPORT_AS_OF, integer(next, -120, 240));
    const done = next() < 0.35;
    return {
      description: `Action ${action + 1} of objective ${index + 1}`,
      responsible: pick(next, ['SLT', 'SENCo', 'Head of year', 'Attendance officer']),
      dueOn,
      state: done ? 'done' : 'open',
      ...(done ? { completedOn: addDays(dueOn, -integer(next, 0, 30)) } : {}),
    };
  });
  const milestones = Array.from({ length: integer(next, 0, 2) }, (_, milestone) => ({
    date: addDays(REPORT_AS_OF, -integer(next, 10, 300)),
    note: `Review ${milestone + 1}`,
    rag: pick(next, ['red', 'amber', 'green']),
  }));
  return {
    psedAims: some(next, PsedAim.values, integer(next, 1, 3)),
    protectedCharacteristics: characteristics,
    targetGroups,
    aim: `Aim ${index + 1} of academy ${number}`,
    objective: `Synthetic academy ${number}: objective ${index + 1}`,
    ...(measured
      ? {
          measure: {
            metric,
            pupilGroup: pick(next, PupilGroup.values),
            direction: 'increase',
            baseline,
            target: baseline + integer(next, 2, 10),
            current: baseline + integer(next, 0, 5),
            unit: Metric.unitOf(metric),
          },
        }
      : {}),
    actions,
    responsible: 'Equality lead',
    dates: { start: '2024-09-01', ongoing: true, recurrence: 'none', text: 'On-going' },
    milestones,
    progressStatus: pick(next, STATUSES),
  };
}

function payRecord(next: Random, slug: string, number: number, index: number): PayRecord {
  const role = index < 8 ? 'leader' : index < 70 ? 'teacher' : 'support';
  const womenShare = role === 'leader' ? 0.6 : role === 'teacher' ? 0.75 : 0.88;
  const sex = next() < womenShare ? 'F' : 'M';
  const [low, high] = role === 'leader' ? [62_000, 98_000] : role === 'teacher' ? [31_650, 49_084] : [19_500, 27_500];
  const fte = next() < 0.7 ? 1 : 0.4 + integer(next, 0, 5) / 10;
  // Men a little more often near the top of the range, as the national figures show.
  const annual = Math.min(high, between(next, low, high) * (sex === 'M' ? 1.05 : 1)) * fte;
  return {
    academy: slug,
    employeeRef: `S${String(number).padStart(4, '0')}-${String(index + 1).padStart(3, '0')}`,
    sex,
    ethnicity: pick(next, Ethnicity.values),
    ordinaryPay: Math.round((annual / 12) * 100) / 100,
    bonusPayInPeriod: 0,
    payPeriodDays: 31,
    weeklyHours: Math.round((role === 'support' ? 36 : 32.5) * fte * 100) / 100,
    bonusPay12Months: role === 'leader' && next() < 0.4 ? integer(next, 1_000, 3_000) : 0,
    fullPayRelevant: next() > 0.03,
  };
}

function vacancy(next: Random, index: number): Record<string, unknown> {
  const openedOn = addDays('2024-09-01', integer(next, 0, 600));
  const applicants = integer(next, 8, 40);
  const shortlisted = integer(next, 3, Math.min(8, applicants));
  return {
    title: `Vacancy ${index + 1}`,
    roleCategory: pick(next, ['teaching', 'support', 'leadership']),
    openedOn,
    closedOn: addDays(openedOn, 21),
    shortlistingMethod: pick(next, ['fully-anonymised', 'partly-anonymised', 'named']),
    anonymisedUntil: 'after-shortlisting',
    panelTrained: next() < 0.5,
    applicants,
    shortlisted,
    appointed: 1,
  };
}

/** Academy `number` (1-based) of the trust made from `seed`. */
export function syntheticAcademy(seed: number, number: number): SyntheticAcademy {
  const next = stream(seed, number);
  const slug = slugOf(number);
  const urn = urnOf(number);
  const name = `Synthetic Academy ${number}`;
  // About one academy in eight last published its information more than twelve months ago (red).
  const informationOn = next() < 0.125 ? '2024-10-01' : addDays('2025-09-15', integer(next, 0, 60));
  const approvedOn = addDays('2025-01-01', integer(next, 0, 200));
  return {
    number,
    academy: {
      name, slug, urn,
      phase: pick(next, PHASES),
      religiousCharacter: next() < 0.2 ? 'church-of-england' : 'none',
      joinedOn: addDays('2012-09-01', integer(next, 0, 3_650)),
      equalityLeadName: `Lead ${number}`,
      equalityLeadEmail: `equality@${slug}.example`,
    },
    plan: { title: `${name} equality objectives`, periodStart: '2024-09-01', periodEnd: '2028-08-31', approvedBy: 'Local governing body', approvedOn: '2024-08-20' },
    objectives: Array.from({ length: OBJECTIVES_PER_ACADEMY }, (_, index) => objective(next, number, index)),
    statement: {
      kind: pick(next, ['equality-policy', 'psed-statement', 'accessibility-plan']),
      title: `${name} equality statement`,
      approvedBy: 'Local governing body',
      approvedOn,
      // Some reviews are already overdue on the report's day (amber).
      nextReviewDue: addMonths(approvedOn, integer(next, 9, 24)),
      reviewFrequencyMonths: 12,
    },
    information: {
      academicYear: informationOn >= '2025-09-01' ? '2024/25' : '2023/24',
      publishedOn: informationOn,
      narrative: `Equality information of ${name}.`,
      figures: some(next, PupilGroup.values, 4).map((pupilGroup) => ({
        metric: 'attendance-rate',
        pupilGroup,
        value: Math.round(between(next, 85, 97) * 10) / 10,
        unit: 'percent',
        cohortSize: integer(next, 5, 400),
      })),
    },
    payRecords: Array.from({ length: STAFF_PER_ACADEMY }, (_, index) => payRecord(next, slug, number, index)),
    vacancies: Array.from({ length: VACANCIES_PER_ACADEMY }, (_, index) => vacancy(next, index)),
    contributions: CONTRIBUTED.map((code) => ({ code, note: `${name} contributes`, progressStatus: pick(next, STATUSES) })),
  };
}

/** `count` pay records drawn like the academies' staff, for timing the calculation alone. */
export function syntheticPayRecords(seed: number, count: number): PayRecord[] {
  const academies = Math.ceil(count / STAFF_PER_ACADEMY);
  return Array.from({ length: academies }, (_, index) => syntheticAcademy(seed, index + 1).payRecords).flat().slice(0, count);
}
