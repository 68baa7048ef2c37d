import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedFieldNames, sameValue } from './changed-fields';

describe('changedFieldNames', () => {
  it('on create, names the fields given a value, sorted, and no bookkeeping', () => {
    const data = { objective: 'Close the gap', responsible: '', aim: null, actions: [], academy: 'abc', academyKey: 'abc', publishedAt: null, createdBy: 1 };
    assert.deepEqual(changedFieldNames(data, null), ['academy', 'objective']);
  });

  it('on update, names only the fields whose value differs from the stored version', () => {
    const stored = { objective: 'Close the gap', responsible: 'Head', progressStatus: 'on-track' };
    const data = { objective: 'Close the gap', responsible: 'Deputy head', progressStatus: 'on-track' };
    assert.deepEqual(changedFieldNames(data, stored), ['responsible']);
  });

  it('reads the values as the Content Manager sends them back: numbers as text, other ISO forms, component ids', () => {
    const stored = {
      weeklyHours: 37.5,
      fullPayRelevant: true,
      approvedAt: '2025-03-31T09:00:00.000Z',
      measure: { id: 4, baseline: 62, target: 70, unit: 'percent' },
      actions: [{ id: 7, description: 'Tutoring', dueOn: '2025-07-01' }],
      note: null,
    };
    const data = {
      weeklyHours: '37.5',
      fullPayRelevant: 1,
      approvedAt: new Date('2025-03-31T09:00:00Z'),
      measure: { id: 4, baseline: '62', target: 70, unit: 'percent', __temp_key__: 'a0' },
      actions: [{ id: 7, description: 'Tutoring', dueOn: '2025-07-01' }],
      note: '',
    };
    assert.deepEqual(changedFieldNames(data, stored), []);
  });

  it('names a component whose items change, are added or are reordered', () => {
    const stored = { actions: [{ id: 1, description: 'A' }, { id: 2, description: 'B' }] };
    assert.deepEqual(changedFieldNames({ actions: [{ id: 1, description: 'A' }, { id: 2, description: 'B2' }] }, stored), ['actions']);
    assert.deepEqual(changedFieldNames({ actions: [{ id: 1, description: 'A' }, { id: 2, description: 'B' }, { description: 'C' }] }, stored), ['actions']);
    assert.deepEqual(changedFieldNames({ actions: [{ id: 2, description: 'B' }, { id: 1, description: 'A' }] }, stored), ['actions']);
  });

  it('leaves out a relation the Content Manager sends untouched, and names one it connects or clears', () => {
    const stored = { objective: 'x' };
    assert.deepEqual(changedFieldNames({ objective: 'x', plan: { connect: [], disconnect: [] } }, stored), []);
    assert.deepEqual(changedFieldNames({ objective: 'x', plan: { connect: [{ documentId: 'p2' }], disconnect: [] } }, stored), ['plan']);
    assert.deepEqual(changedFieldNames({ objective: 'x', plan: { set: [] } }, stored), ['plan']);
    assert.deepEqual(changedFieldNames({ objective: 'x', academy: null }, stored), ['academy']);
  });

  it('never confuses a changed text with a number it happens to spell', () => {
    assert.deepEqual(changedFieldNames({ employeeRef: '007' }, { employeeRef: '7' }), ['employeeRef']);
    assert.equal(sameValue('', 0), false);
    assert.equal(sameValue(0, null), false);
  });
});
