/**
 * Whether an academy meets its publishing duties on a given day (SI 2017/353 regs 4 and 5, and the DfE
 * website guidance), as a red/amber/green verdict with the findings behind it.
 *
 * Red is a statutory failure: equality information older than twelve months, no objectives plan in force,
 * or a plan running longer than four years. Amber is good practice missed: a statement overdue for review
 * or not approved, an objective with no measure. Everything is judged on `asOf`, never on the clock, so a
 * report for a fixed day is the same on any day.
 */
import { addMonths, addYears, type IsoDateString } from './dates';
import { MAX_PLAN_YEARS } from './rules';
import type { EqualityInformation, Objective, ObjectivesPlan, Statement } from './schemas';
import type { RagValue } from './vocabulary';

/** Equality information must be republished at intervals of not more than one year (reg 4). */
export const INFORMATION_MAX_AGE_MONTHS = 12;

export interface ComplianceInput {
  plans: readonly ObjectivesPlan[];
  objectives: readonly Pick<Objective, 'measure'>[];
  statements: readonly Statement[];
  information: readonly EqualityInformation[];
}

export interface ComplianceOptions {
  asOf: IsoDateString;
  /** The report's academic year: information for a later year is not considered. */
  academicYear: string;
}

export interface InformationCompliance {
  academicYear: string;
  publishedOn: IsoDateString;
  /** Published no more than twelve months before `asOf`. */
  current: boolean;
}

export interface PlanCompliance {
  title: string;
  periodStart: IsoDateString;
  periodEnd: IsoDateString;
  withinFourYears: boolean;
}

export interface StatementCompliance {
  title: string;
  approved: boolean;
  reviewDue: IsoDateString | null;
  overdue: boolean;
}

export interface AcademyCompliance {
  information: InformationCompliance | null;
  /** The plan in force on `asOf`, if any. */
  plan: PlanCompliance | null;
  objectiveCount: number;
  measurableObjectiveCount: number;
  statements: StatementCompliance[];
  rag: RagValue;
  /** Why the verdict is not green, one sentence each, statutory failures first. */
  findings: string[];
}

/** An objective is measurable when its measure has both a baseline and a target. */
export function isMeasurable(objective: Pick<Objective, 'measure'>): boolean {
  return objective.measure?.baseline != null && objective.measure?.target != null;
}

/** The latest information published on or before `asOf` for the report's year or an earlier one. */
export function latestInformation(
  information: readonly EqualityInformation[],
  { asOf, academicYear }: ComplianceOptions,
): EqualityInformation | undefined {
  return information
    .filter((entry) => entry.publishedOn <= asOf && entry.academicYear <= academicYear)
    .reduce<EqualityInformation | undefined>((latest, entry) => (!latest || entry.publishedOn > latest.publishedOn ? entry : latest), undefined);
}

/** The plan whose period contains `asOf`; of several, the one that started last. */
export function planInForce(plans: readonly ObjectivesPlan[], asOf: IsoDateString): ObjectivesPlan | undefined {
  return plans
    .filter((plan) => plan.periodStart <= asOf && asOf <= plan.periodEnd)
    .reduce<ObjectivesPlan | undefined>((latest, plan) => (!latest || plan.periodStart > latest.periodStart ? plan : latest), undefined);
}

/** The dates of a statement that its next review follows from. */
export type StatementReviewDates = Pick<Statement, 'nextReviewDue' | 'lastReviewedOn' | 'approvedOn' | 'reviewFrequencyMonths'>;

/** When a statement is next due for review: as set, or its last review (or approval) plus its frequency. */
export function reviewDue(statement: StatementReviewDates): IsoDateString | null {
  if (statement.nextReviewDue) return statement.nextReviewDue;
  const last = statement.lastReviewedOn ?? statement.approvedOn;
  return last && statement.reviewFrequencyMonths ? addMonths(last, statement.reviewFrequencyMonths) : null;
}

export function assessCompliance(input: ComplianceInput, options: ComplianceOptions): AcademyCompliance {
  const { asOf } = options;
  const red: string[] = [];
  const amber: string[] = [];

  const latest = latestInformation(input.information, options);
  const information = latest && {
    academicYear: latest.academicYear,
    publishedOn: latest.publishedOn,
    current: latest.publishedOn >= addMonths(asOf, -INFORMATION_MAX_AGE_MONTHS),
  };
  if (!information) red.push('No equality information has been published.');
  else if (!information.current) red.push(`Equality information was last published on ${information.publishedOn}, more than ${INFORMATION_MAX_AGE_MONTHS} months ago.`);

  const inForce = planInForce(input.plans, asOf);
  const plan = inForce && {
    title: inForce.title,
    periodStart: inForce.periodStart,
    periodEnd: inForce.periodEnd,
    withinFourYears: inForce.periodEnd <= addYears(inForce.periodStart, MAX_PLAN_YEARS),
  };
  if (!plan) red.push('No objectives plan is in force.');
  else if (!plan.withinFourYears) red.push(`The objectives plan "${plan.title}" runs longer than ${MAX_PLAN_YEARS} years.`);

  const measurable = input.objectives.filter(isMeasurable).length;
  const unmeasured = input.objectives.length - measurable;
  if (plan && input.objectives.length === 0) amber.push('The plan in force has no published objectives.');
  if (unmeasured > 0) amber.push(`${unmeasured} objective${unmeasured === 1 ? ' has' : 's have'} no measure with a baseline and a target.`);

  const statements = input.statements.map((statement): StatementCompliance => {
    const due = reviewDue(statement);
    return {
      title: statement.title,
      approved: statement.approvedOn != null && statement.approvedOn <= asOf,
      reviewDue: due,
      overdue: due != null && due < asOf,
    };
  });
  for (const statement of statements) {
    if (statement.overdue) amber.push(`"${statement.title}" was due for review on ${statement.reviewDue}.`);
    if (!statement.approved) amber.push(`"${statement.title}" has not been approved.`);
  }

  const rag: RagValue = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green';
  return {
    information: information ?? null,
    plan: plan ?? null,
    objectiveCount: input.objectives.length,
    measurableObjectiveCount: measurable,
    statements,
    rag,
    findings: [...red, ...amber],
  };
}
