/**
 * How a set of objectives is going on a given day: how many stand at each status, which actions are open
 * past their due date, and which objectives have had no progress update for too long.
 *
 * A progress update is a dated milestone or a completed action, on or before `asOf`; records' own
 * timestamps are not used, because they change on every edit and would make reports depend on the clock.
 */
import { daysBetween, type IsoDateString } from './dates';
import type { Objective } from './schemas';
import { ProgressStatus, type ProgressStatusValue } from './vocabulary';

/** How long an objective may go without a progress update before it is reported as stale. */
export const DEFAULT_STALE_AFTER_DAYS = 120;

/** Finished objectives are not expected to be updated. */
const FINISHED: readonly ProgressStatusValue[] = ['achieved', 'discontinued'];

export type ProgressObjective = Pick<Objective, 'documentId' | 'objective' | 'progressStatus' | 'actions' | 'milestones'> & {
  academy: string;
};

export interface OverdueAction {
  objective: ProgressObjective;
  description: string;
  responsible: string | null;
  dueOn: IsoDateString;
  daysOverdue: number;
}

export interface StaleObjective {
  objective: ProgressObjective;
  /** The last progress update, or null when there has never been one. */
  lastUpdateOn: IsoDateString | null;
}

export interface Progress {
  objectiveCount: number;
  byStatus: { status: ProgressStatusValue; count: number }[];
  /** Objectives with no status set. */
  noStatusCount: number;
  overdueActions: OverdueAction[];
  staleObjectives: StaleObjective[];
}

export interface ProgressOptions {
  asOf: IsoDateString;
  staleAfterDays?: number;
}

/** The latest dated milestone or completed action on or before `asOf`. */
export function lastProgressUpdate(objective: ProgressObjective, asOf: IsoDateString): IsoDateString | null {
  const dates = [
    ...objective.milestones.map((milestone) => milestone.date),
    ...objective.actions.map((action) => (action.state === 'done' ? action.completedOn : null)),
  ].filter((date): date is string => date != null && date <= asOf);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

export function progress(objectives: readonly ProgressObjective[], options: ProgressOptions): Progress {
  const { asOf, staleAfterDays = DEFAULT_STALE_AFTER_DAYS } = options;

  const overdueActions = objectives
    .flatMap((objective) =>
      objective.actions
        .filter((action) => action.state === 'open' && action.dueOn != null && action.dueOn < asOf)
        .map((action) => ({
          objective,
          description: action.description,
          responsible: action.responsible ?? null,
          dueOn: action.dueOn!,
          daysOverdue: daysBetween(action.dueOn!, asOf),
        })),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue);

  const staleObjectives = objectives
    .filter((objective) => !objective.progressStatus || !FINISHED.includes(objective.progressStatus))
    .map((objective) => ({ objective, lastUpdateOn: lastProgressUpdate(objective, asOf) }))
    .filter(({ lastUpdateOn }) => lastUpdateOn === null || daysBetween(lastUpdateOn, asOf) > staleAfterDays);

  return {
    objectiveCount: objectives.length,
    byStatus: ProgressStatus.values.map((status) => ({
      status,
      count: objectives.filter((objective) => objective.progressStatus === status).length,
    })),
    noStatusCount: objectives.filter((objective) => !objective.progressStatus).length,
    overdueActions,
    staleObjectives,
  };
}
