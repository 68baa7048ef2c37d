/**
 * The deadlines an academy and the Trust work to, worked out from their records:
 * - the annual equality information: twelve months after the last publication (SI 2017/353 reg 4);
 * - the end of the objectives plan: its period end, and never later than four years after its start
 *   (reg 5); for the Trust, the end of its own objectives;
 * - each statement's next review (good practice; `reviewDue`);
 * - each open action's due date, unless its objective was discontinued;
 * - the gender pay gap publication of each snapshot not yet approved: 30 March after the snapshot
 *   (Schedule 1; `publicationDeadline`).
 * Only the latest information and the latest-ending plan count: an earlier one has been superseded.
 */
import { INFORMATION_MAX_AGE_MONTHS, reviewDue, type StatementReviewDates } from './compliance';
import { addMonths, addYears, daysBetween, type IsoDateString } from './dates';
import { publicationDeadline } from './pay-gap/publication';
import { MAX_PLAN_YEARS } from './rules';
import type { Action, EqualityInformation, Objective, ObjectivesPlan, Statement, TrustObjective } from './schemas';
import type { DeadlineKindValue, ProgressStatusValue, ReminderRecipientValue } from './vocabulary';

export interface DeadlineSubject {
  /** The document the deadline is about; null for the Trust's objectives taken together. */
  documentId: string | null;
  title: string;
  /** For an action, the objective it belongs to. */
  context?: string;
}

export interface Deadline {
  /** Stable across runs: the kind, whose it is, the subject and the due date. */
  id: string;
  kind: DeadlineKindValue;
  dueOn: IsoDateString;
  /** The academy's slug; null for the Trust's own deadlines. */
  academy: string | null;
  subject: DeadlineSubject;
  recipient: ReminderRecipientValue;
}

type StatementDates = Pick<Statement, 'documentId' | 'title'> & StatementReviewDates;

export interface AcademyRecords {
  slug: string;
  /** Published plans. */
  plans: readonly Pick<ObjectivesPlan, 'documentId' | 'title' | 'periodStart' | 'periodEnd'>[];
  /** Published equality information. */
  information: readonly Pick<EqualityInformation, 'documentId' | 'academicYear' | 'publishedOn'>[];
  /** Statements as last saved: a review date is kept up to date in the working copy. */
  statements: readonly StatementDates[];
  /** Objectives as last saved, with their actions: staff mark an action done in the working copy. */
  objectives: readonly (Pick<Objective, 'documentId' | 'objective'> & {
    progressStatus?: ProgressStatusValue | null;
    actions: readonly Pick<Action, 'description' | 'dueOn' | 'state'>[];
  })[];
}

export interface TrustRecords {
  /** Published Trust objectives. */
  objectives: readonly Pick<TrustObjective, 'documentId' | 'title' | 'periodStart' | 'periodEnd'>[];
  /** The Trust's own statements (those with no academy), as last saved. */
  statements: readonly StatementDates[];
  paySnapshots: readonly { documentId: string; snapshotDate: IsoDateString; approvedOn?: IsoDateString | null }[];
}

const TRUST = 'trust';

function deadline(kind: DeadlineKindValue, dueOn: IsoDateString, academy: string | null, subject: DeadlineSubject, subjectKey: string): Deadline {
  return {
    id: `${kind}:${academy ?? TRUST}:${subjectKey}:${dueOn}`,
    kind,
    dueOn,
    academy,
    subject,
    recipient: academy ? 'academy-equality-lead' : 'trust-equality-owner',
  };
}

function latest<T>(items: readonly T[], dateOf: (item: T) => IsoDateString | null | undefined): T | undefined {
  let found: T | undefined;
  for (const item of items) {
    const date = dateOf(item);
    if (date && (!found || date > dateOf(found)!)) found = item;
  }
  return found;
}

/** The end of a plan, held to the four years the regulations allow from its start. */
function planEnd(periodStart: IsoDateString | null | undefined, periodEnd: IsoDateString): IsoDateString {
  if (!periodStart) return periodEnd;
  const limit = addYears(periodStart, MAX_PLAN_YEARS);
  return periodEnd < limit ? periodEnd : limit;
}

/** A short, stable fingerprint (FNV-1a) telling apart the actions of one objective. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function statementDeadlines(statements: readonly StatementDates[], academy: string | null): Deadline[] {
  return statements.flatMap((statement) => {
    const due = reviewDue(statement);
    return due ? [deadline('statement-review', due, academy, { documentId: statement.documentId, title: statement.title }, statement.documentId)] : [];
  });
}

export function academyDeadlines(records: AcademyRecords): Deadline[] {
  const { slug } = records;
  const found: Deadline[] = [];

  const information = latest(records.information, (entry) => entry.publishedOn);
  if (information) {
    const subject = { documentId: information.documentId, title: `Equality information ${information.academicYear}` };
    found.push(deadline('annual-information', addMonths(information.publishedOn, INFORMATION_MAX_AGE_MONTHS), slug, subject, information.documentId));
  }

  const plan = latest(records.plans, (entry) => entry.periodEnd);
  if (plan) {
    const subject = { documentId: plan.documentId, title: plan.title };
    found.push(deadline('objectives-plan-end', planEnd(plan.periodStart, plan.periodEnd), slug, subject, plan.documentId));
  }

  found.push(...statementDeadlines(records.statements, slug));

  for (const objective of records.objectives) {
    if (objective.progressStatus === 'discontinued') continue;
    for (const action of objective.actions) {
      if (action.state !== 'open' || !action.dueOn) continue;
      const subject = { documentId: objective.documentId, title: action.description, context: objective.objective };
      found.push(deadline('action-due', action.dueOn, slug, subject, `${objective.documentId}#${fingerprint(action.description)}`));
    }
  }
  return found;
}

export function trustDeadlines(records: TrustRecords): Deadline[] {
  const found: Deadline[] = [];

  const last = latest(records.objectives, (objective) => objective.periodEnd);
  if (last?.periodEnd) {
    const subject = { documentId: null, title: "The Trust's equality objectives" };
    found.push(deadline('objectives-plan-end', planEnd(last.periodStart, last.periodEnd), null, subject, 'trust-objectives'));
  }

  found.push(...statementDeadlines(records.statements, null));

  for (const snapshot of records.paySnapshots) {
    if (snapshot.approvedOn) continue;
    const subject = { documentId: snapshot.documentId, title: `Gender pay gap, snapshot of ${snapshot.snapshotDate}` };
    found.push(deadline('pay-gap-publication', publicationDeadline(snapshot.snapshotDate), null, subject, snapshot.documentId));
  }
  return found;
}

/** Earliest first; on the same day, by id (so by kind first). */
export function byDueDate(a: Deadline, b: Deadline): number {
  return a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id);
}

/** Days from `today` to the deadline: negative once it has passed. */
export function daysUntilDue(deadline: Pick<Deadline, 'dueOn'>, today: IsoDateString): number {
  return daysBetween(today, deadline.dueOn);
}

/** One row of the admin's "Equality deadlines" page. */
export interface DeadlineListing extends Deadline {
  kindLabel: string;
  academyName: string | null;
  daysUntilDue: number;
  /** Where its reminders go; null when the academy or Trust has no address set (nothing can be sent). */
  recipientEmail: string | null;
}

/** GET /equality/deadlines */
export interface DeadlinesResponse {
  asOf: IsoDateString;
  deadlines: DeadlineListing[];
}
