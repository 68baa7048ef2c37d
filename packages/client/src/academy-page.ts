/**
 * What a school website shows for one academy, worked out from the published records: the objectives
 * grouped by plan, the statement in force, and when anything shown last changed. Pure functions.
 */
import type { Academy, EqualityInformation, Objective, ObjectivesPlan, Statement, StatementKindValue } from '@equality-hub/domain';

/** A plan and its published objectives; `plan` is null for objectives whose plan is not published. */
export interface PlanObjectives {
  plan: ObjectivesPlan | null;
  objectives: Objective[];
}

/** Everything an academy publishes about its equality duties, as a school website shows it. */
export interface AcademyEquality {
  academy: Academy;
  /** Newest plan first; each plan's objectives in the order they were written. */
  plans: PlanObjectives[];
  /** The statement in force (see {@link currentStatementOf}), or null. */
  statement: Statement | null;
  /** The most recently published equality information, or null. */
  information: EqualityInformation | null;
  /** The latest publication time among the records shown (ISO date or date-time), or null when none is. */
  lastUpdated: string | null;
}

/** Objectives under their plans, newest plan first; objectives of unpublished plans last, under `null`. */
export function groupByPlan(plans: readonly ObjectivesPlan[], objectives: readonly Objective[]): PlanObjectives[] {
  const newestFirst = [...plans].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const known = new Set(newestFirst.map((plan) => plan.documentId));
  const groups: PlanObjectives[] = newestFirst
    .map((plan) => ({ plan, objectives: objectives.filter((objective) => objective.plan?.documentId === plan.documentId) }))
    .filter((group) => group.objectives.length > 0);
  const unplanned = objectives.filter((objective) => !objective.plan || !known.has(objective.plan.documentId));
  return unplanned.length > 0 ? [...groups, { plan: null, objectives: unplanned }] : groups;
}

/**
 * The statement in force: of the given kind (any kind when none is given), the most recently approved;
 * unapproved ones only when nothing is approved; ties go to the most recently published.
 */
export function currentStatementOf(statements: readonly Statement[], kind?: StatementKindValue): Statement | null {
  // Unapproved statements rank below every approved one ('0' < '1').
  const key = (statement: Statement) => `${statement.approvedOn ? `1${statement.approvedOn}` : '0'}|${statement.publishedAt ?? ''}`;
  return statements
    .filter((statement) => !kind || statement.kind === kind)
    .reduce<Statement | null>((best, statement) => (!best || key(statement) > key(best) ? statement : best), null);
}

/** The latest of the given publication dates and times (ISO strings sort as they read); null when none. */
export function latestOf(dates: readonly (string | null | undefined)[]): string | null {
  return dates.reduce<string | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);
}

/** When anything on the academy's page last changed: its plans, objectives, statement and information. */
export function lastUpdatedOf(page: Omit<AcademyEquality, 'lastUpdated'>): string | null {
  return latestOf([
    ...page.plans.flatMap(({ plan, objectives }) => [plan?.publishedAt, ...objectives.map((objective) => objective.publishedAt)]),
    page.statement?.publishedAt,
    page.information?.publishedOn,
  ]);
}
