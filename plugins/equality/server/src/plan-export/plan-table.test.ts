import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Objective, ObjectivesPlan } from '@equality-hub/domain';
import { exportFileName, objectiveRow, planExport, PLAN_COLUMNS } from './plan-table';
import { datesText } from './text';

const plan = ObjectivesPlan.parse({
  documentId: 'plan-1',
  title: 'Equality objectives 2024–2028',
  periodStart: '2024-09-01',
  periodEnd: '2028-08-31',
  approvedBy: 'the Local Governing Body',
  approvedOn: '2024-10-14',
  academy: { documentId: 'a-1', name: "St George's", slug: 'st-georges', urn: '137000' },
});

const objective = Objective.parse({
  documentId: 'o-1',
  psedAims: ['advance-equality-of-opportunity', 'foster-good-relations'],
  protectedCharacteristics: ['disability', 'all'],
  targetGroups: ['pupils-with-send'],
  otherTargetGroups: 'Year 7 nurture group',
  aim: 'Improve access\nto the curriculum',
  objective: 'Close the reading gap for pupils with SEND',
  measure: { metric: 'attendance-rate', pupilGroup: 'send', baseline: 91, target: 94, current: 92.5, unit: 'percent' },
  actions: [
    { description: 'Audit reading materials', state: 'done', completedOn: '2025-02-12' },
    { description: 'Train staff in adaptive teaching', state: 'open', dueOn: '2026-03-31' },
    { description: 'Buy reading pens', state: 'dropped' },
  ],
  responsible: 'SENCo',
  dates: { start: '2024-09-01', end: '2026-07-31', ongoing: false, recurrence: 'none' },
  milestones: [{ date: '2025-07-01', note: 'Reading ages up by 8 months', rag: 'green' }],
  progressStatus: 'on-track',
});

describe('the plan table', () => {
  it('has the familiar nine columns', () => {
    assert.deepEqual(PLAN_COLUMNS.map((column) => column.title), [
      'Link to PSED aim', 'Protected characteristic', 'Aim', 'Objective', 'Target group(s)', 'Action', "Who's responsible", 'Dates', 'Milestone/progress',
    ]);
  });

  it('shows an objective with vocabulary labels, one entry a line', () => {
    const [aims, characteristics, aim, text, groups, actions, responsible, dates, milestones] = objectiveRow(objective);
    assert.deepEqual(aims, ['Advance equality of opportunity', 'Foster good relations']);
    assert.deepEqual(characteristics, ['Disability', 'All protected characteristics']);
    assert.deepEqual(aim, ['Improve access', 'to the curriculum']);
    assert.deepEqual(text, ['Close the reading gap for pupils with SEND', 'Measure: Attendance, With SEND: baseline 91 %, target 94 %, now 92.5 %']);
    assert.deepEqual(groups, ['Pupils with SEND', 'Year 7 nurture group']);
    assert.equal(actions!.length, 3);
    assert.match(actions![0]!, /^Audit reading materials \(done 12 Feb/);
    assert.match(actions![1]!, /^Train staff in adaptive teaching \(due 31 Mar/);
    assert.equal(actions![2], 'Buy reading pens (dropped)');
    assert.deepEqual(responsible, ['SENCo']);
    assert.deepEqual(dates, ['Sept 2024 – Jul 2026']);
    assert.match(milestones![0]!, /^1 Jul 2025: Reading ages up by 8 months \(Green\)$/);
    assert.equal(milestones![1], 'Status: On track');
  });

  it("keeps the school's own wording of dates, and reads structured ones otherwise", () => {
    assert.deepEqual(datesText({ text: 'Sept 2017– July 2018', start: '2017-09-01' }), ['Sept 2017– July 2018']);
    assert.deepEqual(datesText({ ongoing: true, recurrence: 'annually' }), ['Ongoing, Annually']);
    assert.deepEqual(datesText({ end: '2026-07-31' }), ['By Jul 2026']);
    assert.deepEqual(datesText(null), []);
  });

  it('heads the export with title, academy, period and approval', () => {
    const exported = planExport(plan, [objective], 'draft');
    assert.equal(exported.title, 'Equality objectives 2024–2028');
    assert.equal(exported.academy, "St George's");
    assert.equal(exported.period, '1 September 2024 to 31 August 2028');
    assert.equal(exported.approval, 'Approved by the Local Governing Body on 14 October 2024');
    assert.equal(exported.status, 'draft');
    assert.equal(exported.rows.length, 1);
    assert.equal(planExport({ ...plan, approvedBy: null, approvedOn: null }, [], 'published').approval, 'Not yet approved');
    assert.equal(exportFileName(plan, 'pdf'), 'st-georges-equality-objectives-2024-2028.pdf');
  });
});
