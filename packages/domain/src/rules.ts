/**
 * The rules every write to an equality record must satisfy, wherever it comes from (the admin, REST,
 * imports, scripts). Each schema validates the whole document as it will be after the write, and names
 * the field at fault in every issue.
 */
import { z } from 'zod';
import {
  ActionState,
  AnonymisationEnds,
  CharacteristicChoice,
  Metric,
  Phase,
  ProgressStatus,
  PsedAim,
  PupilGroup,
  Rag,
  Recurrence,
  ReligiousCharacter,
  RoleCategory,
  RolloutStatus,
  ShortlistingMethod,
  StatementKind,
  TargetGroup,
  TrustObjectiveCode,
  Unit,
} from './vocabulary';
import { addYears } from './dates';
import { MeasureInput, PayMeasureInput } from './measure-rules';
import { ShortServiceMethod, TermTimeMethod } from './pay-gap/method';
import { Ethnicity, PaySex } from './pay-gap/records';
import { MAX_PAY_PERIOD_DAYS, MAX_WEEKLY_HOURS } from './pay-gap/payroll-csv';

/** The longest an objectives plan may run: objectives are published at least every four years. */
export const MAX_PLAN_YEARS = 4;

const requiredText = (label: string) =>
  z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`);
const date = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const optionalDate = date.nullish();
const optionalText = z.string().nullish();
const optionalEmail = z.email({ error: 'must be an e-mail address' }).nullish().or(z.literal(''));

/** `end` may not fall before `start`; reported on the end field. */
function endNotBeforeStart<T>(start: keyof T & string, end: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[start] as unknown as string | null | undefined;
    const to = value[end] as unknown as string | null | undefined;
    if (from && to && to < from) {
      ctx.addIssue({ code: 'custom', path: [end], message: `${end} (${to}) is before ${start} (${from})` });
    }
  };
}

export const AcademyInput = z.object({
  name: requiredText('name'),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case words joined by hyphens'),
  urn: z.string({ error: 'urn is required' }).regex(/^\d{6}$/, 'urn must be six digits (the DfE unique reference number)'),
  phase: z.enum(Phase.values).nullish(),
  religiousCharacter: z.enum(ReligiousCharacter.values).nullish(),
  website: optionalText,
  joinedOn: optionalDate,
  leftOn: optionalDate,
  equalityLeadName: optionalText,
  equalityLeadEmail: optionalEmail,
  linkGovernor: optionalText,
}).superRefine(endNotBeforeStart('joinedOn', 'leftOn'));

export const TrustInput = z.object({
  name: requiredText('name'),
  companyNumber: z.string().regex(/^[0-9A-Z]{8}$/, 'companyNumber must be the eight characters Companies House gives').nullish(),
  website: optionalText,
  equalityOwnerName: optionalText,
  equalityOwnerEmail: optionalEmail,
  termTimeOnlyMethod: TermTimeMethod.nullish(),
  variableHoursShortServiceMethod: ShortServiceMethod.nullish(),
});

export const ObjectivesPlanInput = z.object({
  title: requiredText('title'),
  periodStart: date,
  periodEnd: date,
  approvedBy: optionalText,
  approvedOn: optionalDate,
}).superRefine((plan, ctx) => {
  endNotBeforeStart<typeof plan>('periodStart', 'periodEnd')(plan, ctx);
  if (plan.periodStart && plan.periodEnd > addYears(plan.periodStart, MAX_PLAN_YEARS)) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: `periodEnd (${plan.periodEnd}) is more than ${MAX_PLAN_YEARS} years after periodStart (${plan.periodStart}): objectives must be renewed at least every four years`,
    });
  }
});

const ActionInput = z.object({
  description: requiredText('description'),
  responsible: optionalText,
  dueOn: optionalDate,
  state: z.enum(ActionState.values).default('open'),
  completedOn: optionalDate,
});

const DatesInput = z.object({
  start: optionalDate,
  end: optionalDate,
  ongoing: z.boolean().nullish(),
  recurrence: z.enum(Recurrence.values).nullish(),
  text: optionalText,
}).superRefine(endNotBeforeStart('start', 'end'));

const MilestoneInput = z.object({
  date: optionalDate,
  note: requiredText('note'),
  rag: z.enum(Rag.values).nullish(),
});

export const ObjectiveInput = z.object({
  psedAims: z.array(z.enum(PsedAim.values), { error: 'psedAims must be a list of PSED aims' })
    .min(1, 'psedAims needs at least one PSED aim'),
  protectedCharacteristics: z.array(z.enum(CharacteristicChoice.values)).nullish(),
  targetGroups: z.array(z.enum(TargetGroup.values)).nullish(),
  otherTargetGroups: optionalText,
  aim: optionalText,
  objective: requiredText('objective'),
  measure: MeasureInput.nullish(),
  actions: z.array(ActionInput).nullish(),
  responsible: optionalText,
  dates: DatesInput.nullish(),
  milestones: z.array(MilestoneInput).nullish(),
  progressStatus: z.enum(ProgressStatus.values).nullish(),
}).superRefine((objective, ctx) => {
  const named = (objective.protectedCharacteristics?.length ?? 0) + (objective.targetGroups?.length ?? 0);
  if (named === 0 && !objective.otherTargetGroups?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['protectedCharacteristics'],
      message: 'protectedCharacteristics or targetGroups: name at least one protected characteristic or target group',
    });
  }
});

export const StatementInput = z.object({
  kind: z.enum(StatementKind.values),
  title: requiredText('title'),
  body: optionalText,
  approvedBy: optionalText,
  approvedOn: optionalDate,
  lastReviewedOn: optionalDate,
  nextReviewDue: optionalDate,
  reviewFrequencyMonths: z.number().int().min(1).max(60).nullish(),
}).superRefine(endNotBeforeStart('approvedOn', 'nextReviewDue'));

const FigureInput = z.object({
  metric: z.enum(Metric.values),
  pupilGroup: z.enum(PupilGroup.values),
  value: z.number({ error: 'value must be a number' }),
  unit: z.enum(Unit.values).nullish(),
  cohortSize: z.number().int().nonnegative().nullish(),
  comparatorValue: z.number().nullish(),
});

export const EqualityInformationInput = z.object({
  academicYear: z.string().regex(/^\d{4}\/\d{2}$/, 'academicYear must look like "2024/25"').refine(
    (year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)),
    'academicYear must name two consecutive years, such as "2024/25"',
  ),
  publishedOn: date,
  figures: z.array(FigureInput).nullish(),
  narrative: optionalText,
}).superRefine((information, ctx) => {
  const seen = new Set<string>();
  (information.figures ?? []).forEach((figure, index) => {
    const key = `${figure.metric}/${figure.pupilGroup}`;
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['figures', index], message: `figures: ${key} is given twice` });
    }
    seen.add(key);
  });
});

export const TrustObjectiveInput = z.object({
  code: z.enum(TrustObjectiveCode.values),
  title: requiredText('title'),
  owner: optionalText,
  progressStatus: z.enum(ProgressStatus.values).nullish(),
  measure: optionalText,
  payMeasure: PayMeasureInput.nullish(),
  periodStart: optionalDate,
  periodEnd: optionalDate,
}).superRefine(endNotBeforeStart('periodStart', 'periodEnd'));

export const TrustObjectiveContributionInput = z.object({
  note: optionalText,
  progressStatus: z.enum(ProgressStatus.values).nullish(),
});

const headcount = (label: string) =>
  z.number({ error: `${label} must be a whole number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`);

/** Applicants ≥ shortlisted ≥ appointed, reported on the later stage. */
function fewerAtEachStage(value: { applicants?: number | null; shortlisted?: number | null; appointed?: number | null }, ctx: z.RefinementCtx, at: (string | number)[] = []) {
  const { applicants, shortlisted, appointed } = value;
  if (applicants != null && shortlisted != null && shortlisted > applicants) {
    ctx.addIssue({ code: 'custom', path: [...at, 'shortlisted'], message: `shortlisted (${shortlisted}) is more than applicants (${applicants})` });
  }
  if (shortlisted != null && appointed != null && appointed > shortlisted) {
    ctx.addIssue({ code: 'custom', path: [...at, 'appointed'], message: `appointed (${appointed}) is more than shortlisted (${shortlisted})` });
  }
}

export const VacancyInput = z.object({
  title: requiredText('title'),
  roleCategory: z.enum(RoleCategory.values, { error: `roleCategory must be one of ${RoleCategory.values.join(', ')}` }),
  openedOn: date,
  closedOn: optionalDate,
  shortlistingMethod: z.enum(ShortlistingMethod.values, { error: `shortlistingMethod must be one of ${ShortlistingMethod.values.join(', ')}` }),
  anonymisedUntil: z.enum(AnonymisationEnds.values).nullish(),
  panelTrained: z.boolean().nullish(),
  applicants: headcount('applicants').nullish(),
  shortlisted: headcount('shortlisted').nullish(),
  appointed: headcount('appointed').nullish(),
}).superRefine(endNotBeforeStart('openedOn', 'closedOn')).superRefine((value, ctx) => fewerAtEachStage(value, ctx));

export const RecruitmentRolloutInput = z.object({
  status: z.enum(RolloutStatus.values, { error: `status must be one of ${RolloutStatus.values.join(', ')}` }),
  since: date,
  leadersTotal: headcount('leadersTotal').nullish(),
  leadersTrained: headcount('leadersTrained').nullish(),
}).superRefine((value, ctx) => {
  if (value.leadersTotal != null && value.leadersTrained != null && value.leadersTrained > value.leadersTotal) {
    ctx.addIssue({ code: 'custom', path: ['leadersTrained'], message: `leadersTrained (${value.leadersTrained}) is more than leadersTotal (${value.leadersTotal})` });
  }
});

export const PaySnapshotInput = z.object({
  snapshotDate: date,
  approvedOn: optionalDate,
  approvedBy: optionalText,
}).superRefine(endNotBeforeStart('snapshotDate', 'approvedOn')).superRefine((value, ctx) => {
  if (value.approvedOn && !value.approvedBy?.trim()) ctx.addIssue({ code: 'custom', path: ['approvedBy'], message: 'approvedBy: say who approved the figures' });
});

const pay = (label: string) => z.number({ error: `${label} must be a number` }).min(0, `${label} cannot be negative`);

export const PayRecordInput = z.object({
  employeeRef: requiredText('employeeRef'),
  sex: PaySex,
  ethnicity: z.enum(Ethnicity.values).nullish(),
  ordinaryPay: pay('ordinaryPay'),
  bonusPayInPeriod: pay('bonusPayInPeriod'),
  payPeriodDays: z.number().int().min(1, `payPeriodDays must be 1 to ${MAX_PAY_PERIOD_DAYS}`).max(MAX_PAY_PERIOD_DAYS, `payPeriodDays must be 1 to ${MAX_PAY_PERIOD_DAYS}`),
  // The importer's bound: more is annual or termly hours, or an FTE percentage, typed in the wrong column.
  weeklyHours: z.number().gt(0, 'weeklyHours must be more than 0').max(MAX_WEEKLY_HOURS, `weeklyHours cannot exceed ${MAX_WEEKLY_HOURS}`),
  bonusPay12Months: pay('bonusPay12Months'),
  fullPayRelevant: z.boolean(),
});

const outcome = { applicants: headcount('applicants'), shortlisted: headcount('shortlisted'), appointed: headcount('appointed') };

export const ApplicantBreakdownInput = z.object({
  bySex: z.array(z.object({ sex: PaySex, ...outcome }).superRefine((value, ctx) => fewerAtEachStage(value, ctx))).nullish(),
  byEthnicity: z.array(z.object({ ethnicity: z.enum(Ethnicity.values).nullish(), ...outcome }).superRefine((value, ctx) => fewerAtEachStage(value, ctx))).nullish(),
});

export interface RuleIssue {
  /** The field at fault, as a path into the document (`['actions', 2, 'dueOn']`). */
  path: (string | number)[];
  message: string;
}

/** Validates a document against a rule schema; returns the issues, each naming its field. */
export function checkRules(schema: z.ZodType, document: unknown): RuleIssue[] {
  const result = schema.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const field = path.join('.');
    const message = field && !issue.message.startsWith(String(path[0])) ? `${field}: ${issue.message}` : issue.message;
    return { path, message };
  });
}
