/** Progress of the year's objectives: by status, the overdue actions, and objectives gone quiet. */
import { ProgressStatus, type ProgressStatusValue } from '@equality-hub/domain';
import { barChart } from '../charts/bar-chart';
import { COLOUR } from '../charts/scene';
import { longDate, plural, vocabularyValue } from '../format';
import { cell, type Block, type Section, type Tone } from '../model';
import type { BoardReportData } from '../operation';

const STATUS_LOOK: Record<ProgressStatusValue, { colour: string; tone?: Tone }> = {
  'not-started': { colour: COLOUR.muted },
  'on-track': { colour: COLOUR.green, tone: 'green' },
  'at-risk': { colour: COLOUR.amber, tone: 'amber' },
  'off-track': { colour: COLOUR.red, tone: 'red' },
  achieved: { colour: COLOUR.blue },
  discontinued: { colour: COLOUR.muted, tone: 'muted' },
};

const NO_STATUS = { key: 'none', label: 'No status set' };

export function progressSection(report: BoardReportData['trustReport']): Section {
  const { progress } = report;
  const counted = new Map(progress.byStatus.map((entry) => [vocabularyValue(entry.status), entry.count]));
  const statuses = [
    ...ProgressStatus.values.map((value) => ({ key: value as string, label: ProgressStatus.label(value), count: counted.get(value) ?? 0, ...STATUS_LOOK[value] })),
    ...(progress.noStatusCount > 0 ? [{ ...NO_STATUS, count: progress.noStatusCount, colour: COLOUR.muted, tone: 'muted' as const }] : []),
  ];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${plural(progress.objectiveCount, 'objective')} in ${report.academicYear}; ${plural(progress.overdueActions.length, 'open action')} past ${progress.overdueActions.length === 1 ? 'its' : 'their'} due date; ${plural(progress.staleObjectives.length, 'objective')} without a progress update (a dated milestone or a completed action) in the last ${progress.staleAfterDays} days.`,
    },
    {
      kind: 'chart',
      chart: barChart({
        id: 'progress-chart',
        title: 'Objectives by progress status',
        description: statuses.map((status) => `${status.label}: ${status.count}`).join('; '),
        bars: statuses.map((status) => ({ label: status.label, value: status.count, colour: status.colour, text: plural(status.count, 'objective') })),
      }),
    },
    {
      kind: 'table',
      table: {
        id: 'progress-table',
        caption: 'Objectives by progress status',
        columns: ['Status', 'Objectives'],
        rows: statuses.map((status) => ({ key: status.key, cells: [cell(status.label, { tone: status.tone }), cell(String(status.count), { value: status.count })] })),
      },
    },
  ];
  blocks.push(
    progress.overdueActions.length
      ? {
          kind: 'table',
          table: {
            id: 'overdue-table',
            caption: 'Open actions past their due date, most overdue first',
            columns: ['Action', 'Academy', 'Objective', 'Responsible', 'Due', 'Days overdue'],
            weights: [2, 1.4, 2, 1.1, 1, 0.9],
            rows: progress.overdueActions.map((action, index) => ({
              key: String(index + 1),
              cells: [
                cell(action.description),
                cell(action.objective.academy?.name ?? '—'),
                cell(action.objective.objective),
                cell(action.responsible ?? '—'),
                cell(longDate(action.dueOn), { value: action.dueOn }),
                cell(String(action.daysOverdue), { tone: 'red', value: action.daysOverdue }),
              ],
            })),
          },
        }
      : { kind: 'paragraph', text: 'No open action is past its due date.' },
  );
  if (progress.staleObjectives.length) {
    blocks.push({
      kind: 'table',
      table: {
        id: 'stale-table',
        caption: `Objectives without a progress update in the last ${progress.staleAfterDays} days`,
        columns: ['Objective', 'Academy', 'Last update'],
        weights: [3, 2, 1],
        rows: progress.staleObjectives.map((stale, index) => ({
          key: String(index + 1),
          cells: [cell(stale.objective.objective), cell(stale.objective.academy?.name ?? '—'), cell(stale.lastUpdateOn ? longDate(stale.lastUpdateOn) : 'Never', { value: stale.lastUpdateOn })],
        })),
      },
    });
  }
  return { id: 'progress', title: 'Progress of objectives', restricted: false, blocks };
}
