import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastProgressUpdate, progress, type ProgressObjective } from './progress';

const asOf = '2026-01-15';
const objective = (documentId: string, fields: Partial<ProgressObjective>): ProgressObjective => ({
  documentId, academy: '100001', objective: documentId, progressStatus: 'on-track', actions: [], milestones: [], ...fields,
});

describe('progress', () => {
  it('counts objectives by status, with unset statuses apart', () => {
    const result = progress([
      objective('a', {}), objective('b', {}), objective('c', { progressStatus: 'at-risk' }), objective('d', { progressStatus: null }),
    ], { asOf });
    assert.equal(result.objectiveCount, 4);
    assert.deepEqual(result.byStatus.find((entry) => entry.status === 'on-track'), { status: 'on-track', count: 2 });
    assert.deepEqual(result.byStatus.find((entry) => entry.status === 'at-risk'), { status: 'at-risk', count: 1 });
    assert.equal(result.noStatusCount, 1);
  });

  it('lists open actions past their due date, most overdue first', () => {
    const result = progress([
      objective('a', {
        actions: [
          { description: 'late', state: 'open', dueOn: '2026-01-01' },
          { description: 'later', state: 'open', dueOn: '2025-12-01' },
          { description: 'due today', state: 'open', dueOn: asOf },
          { description: 'done late', state: 'done', dueOn: '2025-12-01', completedOn: '2025-12-20' },
          { description: 'no date', state: 'open' },
        ],
      }),
    ], { asOf });
    assert.deepEqual(result.overdueActions.map((action) => [action.description, action.daysOverdue]), [['later', 45], ['late', 14]]);
  });

  it('reports objectives with no update in the last 120 days, unless finished', () => {
    const result = progress([
      objective('fresh', { milestones: [{ date: '2025-11-15', note: 'n' }] }),
      objective('boundary', { milestones: [{ date: '2025-09-17', note: 'n' }] }),
      objective('stale', { milestones: [{ date: '2025-09-16', note: 'n' }] }),
      objective('never', {}),
      objective('future-only', { milestones: [{ date: '2026-03-01', note: 'n' }] }),
      objective('achieved', { progressStatus: 'achieved' }),
    ], { asOf });
    assert.deepEqual(result.staleObjectives.map((entry) => [entry.objective.documentId, entry.lastUpdateOn]), [
      ['stale', '2025-09-16'], ['never', null], ['future-only', null],
    ]);
    assert.equal(progress([objective('stale', { milestones: [{ date: '2025-09-16', note: 'n' }] })], { asOf, staleAfterDays: 200 }).staleObjectives.length, 0);
  });

  it('takes the last update from milestones and completed actions', () => {
    assert.equal(lastProgressUpdate(objective('a', {
      milestones: [{ date: '2025-05-15', note: 'n' }],
      actions: [{ description: 'd', state: 'done', completedOn: '2025-10-15' }, { description: 'o', state: 'open', completedOn: '2025-12-01' }],
    }), asOf), '2025-10-15');
  });
});
