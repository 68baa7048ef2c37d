/**
 * An academy's plan as the governors' pack shows it: title, academy, period, approval, and the familiar
 * objectives table (the columns of the Word tables schools keep), every value as its vocabulary label.
 * Pure: the DOCX and PDF writers only lay this out.
 */
import { CharacteristicChoice, ProgressStatus, PsedAim, TargetGroup, type Objective, type ObjectivesPlan } from '@equality-hub/domain';
import { actionText, datesText, longDate, measureText, milestoneText } from './text';

/**
 * The columns: `weight` is the points each takes across landscape A4 at 8 pt, so that no header word and
 * no vocabulary label has to break and the text-heavy columns are wider; in a `list` column, two or more
 * entries are printed as bullets.
 */
export const PLAN_COLUMNS = [
  { title: 'Link to PSED aim', weight: 80, list: true },
  { title: 'Protected characteristic', weight: 70, list: true },
  { title: 'Aim', weight: 84, list: false },
  { title: 'Objective', weight: 108, list: false },
  { title: 'Target group(s)', weight: 70, list: true },
  { title: 'Action', weight: 120, list: true },
  { title: "Who's responsible", weight: 66, list: false },
  { title: 'Dates', weight: 66, list: false },
  { title: 'Milestone/progress', weight: 98, list: true },
] as const;

/** One row: each cell a list of entries, each entry printed on its own line. */
export type PlanRow = readonly (readonly string[])[];

export type ExportStatus = 'published' | 'draft';

export interface PlanExport {
  title: string;
  academy: string;
  /** "1 September 2024 to 31 August 2028" */
  period: string;
  /** "Approved by … on …", or that it is not yet approved. */
  approval: string;
  status: ExportStatus;
  rows: PlanRow[];
}

const lines = (text: string | null | undefined) => (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

export function objectiveRow(objective: Objective): PlanRow {
  return [
    objective.psedAims.map((aim) => PsedAim.label(aim)),
    objective.protectedCharacteristics.map((characteristic) => CharacteristicChoice.label(characteristic)),
    lines(objective.aim),
    [...lines(objective.objective), ...measureText(objective.measure)],
    [...objective.targetGroups.map((group) => TargetGroup.label(group)), ...lines(objective.otherTargetGroups)],
    objective.actions.map(actionText),
    lines(objective.responsible),
    datesText(objective.dates),
    [
      ...objective.milestones.map(milestoneText),
      ...(objective.progressStatus ? [`Status: ${ProgressStatus.label(objective.progressStatus)}`] : []),
    ],
  ];
}

function approvalText(plan: ObjectivesPlan): string {
  if (plan.approvedOn) return `Approved${plan.approvedBy ? ` by ${plan.approvedBy}` : ''} on ${longDate(plan.approvedOn)}`;
  if (plan.approvedBy) return `Approved by ${plan.approvedBy}`;
  return 'Not yet approved';
}

export function planExport(plan: ObjectivesPlan, objectives: readonly Objective[], status: ExportStatus): PlanExport {
  return {
    title: plan.title,
    academy: plan.academy?.name ?? '',
    period: `${longDate(plan.periodStart)} to ${longDate(plan.periodEnd)}`,
    approval: approvalText(plan),
    status,
    rows: objectives.map(objectiveRow),
  };
}

/** A file name for the export: "st-georges-equality-objectives-2024-2028.docx". */
export function exportFileName(plan: ObjectivesPlan, extension: 'docx' | 'pdf'): string {
  const slug = plan.academy?.slug ?? 'plan';
  return `${slug}-equality-objectives-${plan.periodStart.slice(0, 4)}-${plan.periodEnd.slice(0, 4)}.${extension}`;
}
