/**
 * Which reminders fall due on a day. Ahead of a deadline, a reminder goes at each lead time (60, 30 and
 * 7 days by default): on any day inside a lead time's window, the reminder of the shortest lead time
 * that still covers the day is due, so a job that missed a day catches up without sending a stale
 * one. Once the deadline has passed, one reminder a week: in week 1 (days 1–7 after), week 2, and on.
 * Each reminder has a key that the sender records, so that it goes out once however often the job runs.
 */
import { daysUntilDue, type Deadline } from './deadlines';
import type { IsoDateString } from './dates';

export const DEFAULT_LEAD_DAYS: readonly number[] = [60, 30, 7];

export type ReminderStage = { kind: 'ahead'; leadDays: number } | { kind: 'overdue'; week: number };

export interface Reminder {
  /** The deadline's id and the stage: sent once, ever. */
  key: string;
  deadline: Deadline;
  stage: ReminderStage;
  /** Negative once the deadline has passed. */
  daysUntilDue: number;
}

export interface ReminderOptions {
  /** Whole days ahead of a deadline to remind at. */
  leadDays: readonly number[];
}

export function stageOn(daysUntil: number, leadDays: readonly number[]): ReminderStage | null {
  if (daysUntil < 0) return { kind: 'overdue', week: Math.ceil(-daysUntil / 7) };
  const covering = leadDays.filter((lead) => daysUntil <= lead);
  return covering.length > 0 ? { kind: 'ahead', leadDays: Math.min(...covering) } : null;
}

function stageKey(stage: ReminderStage): string {
  return stage.kind === 'ahead' ? `ahead-${stage.leadDays}d` : `overdue-week-${stage.week}`;
}

export function remindersDue(deadlines: readonly Deadline[], today: IsoDateString, options: ReminderOptions): Reminder[] {
  return deadlines.flatMap((deadline) => {
    const days = daysUntilDue(deadline, today);
    const stage = stageOn(days, options.leadDays);
    return stage ? [{ key: `${deadline.id}:${stageKey(stage)}`, deadline, stage, daysUntilDue: days }] : [];
  });
}
