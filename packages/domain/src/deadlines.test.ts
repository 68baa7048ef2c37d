import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { academyDeadlines, byDueDate, trustDeadlines, type AcademyRecords, type TrustRecords } from './deadlines';

const oakfield: AcademyRecords = {
  slug: 'oakfield',
  plans: [
    { documentId: 'plan-old', title: 'Objectives 2020–24', periodStart: '2020-09-01', periodEnd: '2024-08-31' },
    { documentId: 'plan-now', title: 'Objectives 2024–28', periodStart: '2024-09-01', periodEnd: '2028-08-31' },
  ],
  information: [
    { documentId: 'info-24', academicYear: '2023/24', publishedOn: '2024-11-20' },
    { documentId: 'info-25', academicYear: '2024/25', publishedOn: '2025-11-15' },
  ],
  statements: [
    { documentId: 'policy', title: 'Equality policy', nextReviewDue: '2026-06-01' },
    // No date set: last review plus its frequency.
    { documentId: 'access', title: 'Accessibility plan', lastReviewedOn: '2025-07-10', reviewFrequencyMonths: 36 },
    { documentId: 'undated', title: 'Undated statement' },
  ],
  objectives: [
    {
      documentId: 'obj-1',
      objective: 'Narrow the attendance gap',
      actions: [
        { description: 'Analyse attendance by group', dueOn: '2026-02-14', state: 'open' },
        { description: 'Breakfast club', dueOn: '2026-03-01', state: 'open' },
        { description: 'Done already', dueOn: '2025-12-01', state: 'done' },
        { description: 'No date', state: 'open' },
      ],
    },
    { documentId: 'obj-2', objective: 'Dropped objective', progressStatus: 'discontinued', actions: [{ description: 'Never mind', dueOn: '2026-02-01', state: 'open' }] },
  ],
};

describe('academyDeadlines', () => {
  const deadlines = academyDeadlines(oakfield);
  const of = (kind: string) => deadlines.filter((deadline) => deadline.kind === kind);

  it('dates the annual information twelve months after the latest publication', () => {
    assert.deepEqual(of('annual-information'), [
      {
        id: 'annual-information:oakfield:info-25:2026-11-15',
        kind: 'annual-information',
        dueOn: '2026-11-15',
        academy: 'oakfield',
        subject: { documentId: 'info-25', title: 'Equality information 2024/25' },
        recipient: 'academy-equality-lead',
      },
    ]);
  });

  it('takes the plan that ends last, and never more than four years after its start', () => {
    assert.deepEqual(of('objectives-plan-end').map((deadline) => [deadline.subject.documentId, deadline.dueOn]), [['plan-now', '2028-08-31']]);
    const tooLong = academyDeadlines({ ...oakfield, plans: [{ documentId: 'p', title: 'Five years', periodStart: '2024-09-01', periodEnd: '2029-08-31' }] });
    assert.equal(tooLong.find((deadline) => deadline.kind === 'objectives-plan-end')?.dueOn, '2028-09-01');
  });

  it('reminds of each statement review, as set or as its frequency gives it', () => {
    assert.deepEqual(of('statement-review').map((deadline) => [deadline.subject.title, deadline.dueOn]), [
      ['Equality policy', '2026-06-01'],
      ['Accessibility plan', '2028-07-10'],
    ]);
  });

  it('lists open, dated actions of objectives still pursued, each with its own id', () => {
    const actions = of('action-due');
    assert.deepEqual(actions.map((deadline) => [deadline.subject.title, deadline.dueOn, deadline.subject.context]), [
      ['Analyse attendance by group', '2026-02-14', 'Narrow the attendance gap'],
      ['Breakfast club', '2026-03-01', 'Narrow the attendance gap'],
    ]);
    assert.match(actions[0]!.id, /^action-due:oakfield:obj-1#[0-9a-f]{8}:2026-02-14$/);
    assert.notEqual(actions[0]!.id.split(':')[2], actions[1]!.id.split(':')[2]);
  });

  it('gives nothing for an academy with no records', () => {
    assert.deepEqual(academyDeadlines({ slug: 'new', plans: [], information: [], statements: [], objectives: [] }), []);
  });
});

describe('trustDeadlines', () => {
  const trust: TrustRecords = {
    objectives: [
      { documentId: 't1', title: 'Attainment gaps', periodStart: '2024-09-01', periodEnd: '2028-08-31' },
      { documentId: 't2', title: 'Gender pay gap', periodStart: '2024-09-01', periodEnd: '2027-08-31' },
      { documentId: 't3', title: 'No period' },
    ],
    statements: [{ documentId: 'trust-policy', title: 'Trust equality policy', nextReviewDue: '2026-09-01' }],
    paySnapshots: [
      { documentId: 'snap-24', snapshotDate: '2024-03-31', approvedOn: '2025-02-14' },
      { documentId: 'snap-25', snapshotDate: '2025-03-31', approvedOn: null },
    ],
  };
  const deadlines = trustDeadlines(trust).sort(byDueDate);

  it("is the Trust owner's: the objectives' end, its statements, and each unapproved snapshot's publication", () => {
    assert.deepEqual(
      deadlines.map((deadline) => [deadline.kind, deadline.dueOn, deadline.subject.title, deadline.academy, deadline.recipient]),
      [
        ['pay-gap-publication', '2026-03-30', 'Gender pay gap, snapshot of 2025-03-31', null, 'trust-equality-owner'],
        ['statement-review', '2026-09-01', 'Trust equality policy', null, 'trust-equality-owner'],
        ['objectives-plan-end', '2028-08-31', "The Trust's equality objectives", null, 'trust-equality-owner'],
      ],
    );
    assert.equal(deadlines[2]!.id, 'objectives-plan-end:trust:trust-objectives:2028-08-31');
  });
});
