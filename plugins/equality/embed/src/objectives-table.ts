/**
 * An academy's objectives as the familiar table schools already publish: one table per plan, its columns
 * those of the Word tables the objectives came from. The Objective cell heads its row.
 */
import type { PlanObjectives } from '@equality-hub/client/core';
import { ActionState, CharacteristicChoice, ProgressStatus, PsedAim, Rag, TargetGroup, type Objective } from '@equality-hub/domain';
import { dataTable, type Column } from './data-table';
import { textOrList, time, type Child } from './dom';
import { datesText, formatDate } from './format';

const actionText = (action: Objective['actions'][number]) =>
  action.state === 'open' ? action.description : `${action.description} (${ActionState.label(action.state).toLowerCase()})`;

const milestoneEntry = (milestone: Objective['milestones'][number]): Child => [
  milestone.date ? [time(milestone.date, formatDate(milestone.date)), ': '] : null,
  milestone.note,
  milestone.rag ? ` (${Rag.label(milestone.rag)})` : null,
];

const progress = (objective: Objective): Child =>
  textOrList([
    ...objective.milestones.map(milestoneEntry),
    ...(objective.progressStatus ? [`Progress: ${ProgressStatus.label(objective.progressStatus)}`] : []),
  ]);

export const OBJECTIVE_COLUMNS: readonly Column<Objective>[] = [
  { label: 'Link to PSED aim', cell: (objective) => textOrList(objective.psedAims.map((aim) => PsedAim.label(aim))) },
  {
    label: 'Protected characteristic',
    cell: (objective) => textOrList(objective.protectedCharacteristics.map((characteristic) => CharacteristicChoice.label(characteristic))),
  },
  { label: 'Aim', cell: (objective) => objective.aim },
  { label: 'Objective', cell: (objective) => objective.objective, headsRow: true },
  {
    label: 'Target group(s)',
    cell: (objective) => textOrList([...objective.targetGroups.map((group) => TargetGroup.label(group)), ...(objective.otherTargetGroups ? [objective.otherTargetGroups] : [])]),
  },
  { label: 'Action', cell: (objective) => textOrList(objective.actions.map(actionText)) },
  { label: "Who's responsible", cell: (objective) => objective.responsible },
  { label: 'Dates', cell: (objective) => datesText(objective.dates) },
  { label: 'Milestone/progress', cell: progress },
];

function captionOf({ plan }: PlanObjectives): Child {
  if (!plan) return 'Other objectives';
  return [plan.title, ', ', time(plan.periodStart, formatDate(plan.periodStart)), ' to ', time(plan.periodEnd, formatDate(plan.periodEnd))];
}

/** One plan's objectives; each row carries its objective's documentId. */
export function objectivesTable(group: PlanObjectives): HTMLElement {
  return dataTable({
    caption: captionOf(group),
    columns: OBJECTIVE_COLUMNS,
    rows: group.objectives,
    part: 'objectives-table',
    layout: 'wide',
    rowAttributes: (objective) => ({ 'data-document-id': objective.documentId }),
  });
}
