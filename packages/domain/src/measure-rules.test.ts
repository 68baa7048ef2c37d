import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRules, ObjectiveInput, TrustObjectiveInput } from './rules';

const objective = (measure: Record<string, unknown>) => ({
  psedAims: ['advance-equality-of-opportunity'], targetGroups: ['disadvantaged-pupils'], objective: 'Narrow the attendance gap', measure,
});
const trustObjective = (payMeasure: Record<string, unknown>) => ({ code: 'gender-pay-gap', title: 'Reduce the gender pay gap', payMeasure });
const issues = (schema: Parameters<typeof checkRules>[0], document: unknown) =>
  checkRules(schema, document).map((issue) => [issue.path.join('.'), issue.message]);

describe('measure rules', () => {
  it('keeps typed measures as they were: no metric needed, a typed current value allowed', () => {
    assert.deepEqual(issues(ObjectiveInput, objective({ baseline: 88, target: 94, current: 90 })), []);
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'typed', current: 90 })), []);
  });

  it('an evidence-linked measure names its metric and pupil group, and types no current value', () => {
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'evidence', metric: 'attendance-rate', pupilGroup: 'disadvantaged' })), []);
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'evidence', current: 90 })), [
      ['measure.metric', 'measure.metric: metric is required when the measure takes its values from the evidence'],
      ['measure.current', 'measure.current: leave current empty: an evidence-linked measure takes its current value from the published figures'],
    ]);
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'evidence', metric: 'attendance-rate' })), [
      ['measure.pupilGroup', 'measure.pupilGroup: pupilGroup is required: Attendance is published by pupil group'],
    ]);
  });

  it('needs no pupil group for a whole-school metric (incidents)', () => {
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'evidence', metric: 'prejudice-incidents' })), []);
  });

  it('measures a gap only against the complement of a pupil group', () => {
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'evidence', metric: 'attendance-rate', pupilGroup: 'disadvantaged', gap: true })), []);
    assert.deepEqual(issues(ObjectiveInput, objective({ source: 'evidence', metric: 'attendance-rate', pupilGroup: 'looked-after', gap: true })).map(([path]) => path), [
      'measure.pupilGroup',
    ]);
  });

  it("a Trust objective's evidence-linked pay measure names one of the six figures", () => {
    assert.deepEqual(issues(TrustObjectiveInput, trustObjective({ source: 'evidence', payFigure: 'median-hourly-gap', baseline: 16, target: 12 })), []);
    assert.deepEqual(issues(TrustObjectiveInput, trustObjective({ source: 'evidence', current: 14 })).map(([path]) => path), [
      'payMeasure.payFigure', 'payMeasure.current',
    ]);
    assert.deepEqual(issues(TrustObjectiveInput, trustObjective({ source: 'evidence', payFigure: 'upper-quartile' })).map(([path]) => path), ['payMeasure.payFigure']);
  });
});
