import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Objective, ObjectivesPlan, Statement } from '@equality-hub/domain';
import { currentStatementOf, groupByPlan, lastUpdatedOf, latestOf } from './academy-page';

const plan = (documentId: string, periodStart: string, publishedAt: string): ObjectivesPlan => ({
  documentId,
  title: `Plan ${documentId}`,
  periodStart,
  periodEnd: '2030-08-31',
  publishedAt,
});
const objective = (documentId: string, planId: string | null, publishedAt: string): Objective => ({
  documentId,
  psedAims: ['foster-good-relations'],
  protectedCharacteristics: ['race'],
  targetGroups: [],
  objective: `Objective ${documentId}`,
  actions: [],
  milestones: [],
  publishedAt,
  plan: planId ? { documentId: planId, title: `Plan ${planId}` } : null,
});
const statement = (documentId: string, kind: Statement['kind'], approvedOn: string | null, publishedAt: string): Statement => ({
  documentId,
  kind,
  title: documentId,
  approvedOn,
  publishedAt,
});

describe('academy page', () => {
  it('groups objectives under their plans, newest plan first, keeping their order', () => {
    const plans = [plan('old', '2020-09-01', '2020-10-01T09:00:00.000Z'), plan('new', '2024-09-01', '2024-10-01T09:00:00.000Z'), plan('empty', '2025-09-01', '2025-10-01T09:00:00.000Z')];
    const objectives = [objective('a', 'old', '2020-10-01T09:00:00.000Z'), objective('b', 'new', '2024-10-01T09:00:00.000Z'), objective('c', 'draft-plan', '2025-01-01T09:00:00.000Z'), objective('d', 'new', '2024-10-02T09:00:00.000Z')];
    const groups = groupByPlan(plans, objectives);
    assert.deepEqual(
      groups.map((group) => [group.plan?.documentId ?? null, group.objectives.map((item) => item.documentId)]),
      [['new', ['b', 'd']], ['old', ['a']], [null, ['c']]],
    );
  });

  it('takes the most recently approved statement of the kind asked for', () => {
    const statements = [
      statement('policy-2023', 'equality-policy', '2023-07-01', '2023-07-02T10:00:00.000Z'),
      statement('policy-2024', 'equality-policy', '2024-07-01', '2024-07-02T10:00:00.000Z'),
      statement('unapproved', 'psed-statement', null, '2025-01-02T10:00:00.000Z'),
      statement('access-2022', 'accessibility-plan', '2022-07-01', '2025-02-02T10:00:00.000Z'),
    ];
    assert.equal(currentStatementOf(statements)?.documentId, 'policy-2024');
    assert.equal(currentStatementOf(statements, 'psed-statement')?.documentId, 'unapproved');
    assert.equal(currentStatementOf(statements, 'accessibility-plan')?.documentId, 'access-2022');
    assert.equal(currentStatementOf([], 'equality-policy'), null);
  });

  it('dates the page by the latest publication among what it shows', () => {
    assert.equal(latestOf(['2025-01-01', null, '2025-03-01T08:00:00.000Z', undefined, '2025-02-28']), '2025-03-01T08:00:00.000Z');
    assert.equal(latestOf([null, undefined]), null);
    const page = {
      academy: { documentId: 'x', name: 'X', slug: 'x', urn: '100000' },
      plans: [{ plan: plan('p', '2024-09-01', '2024-09-10T08:00:00.000Z'), objectives: [objective('o', 'p', '2025-05-01T08:00:00.000Z')] }],
      statement: statement('s', 'equality-policy', '2024-01-01', '2024-01-02T08:00:00.000Z'),
      information: { documentId: 'i', academicYear: '2024/25', publishedOn: '2025-06-30', figures: [] },
    };
    assert.equal(lastUpdatedOf(page), '2025-06-30');
  });
});
