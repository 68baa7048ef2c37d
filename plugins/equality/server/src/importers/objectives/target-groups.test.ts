import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapTargetGroups } from './target-groups';

describe('mapTargetGroups', () => {
  it('reads the groups of the seed table, students and pupils alike', () => {
    assert.deepEqual(mapTargetGroups('Minority, marginalised and vulnerable students/students'), { values: ['vulnerable-pupils'], unmatched: [] });
    assert.deepEqual(mapTargetGroups('Girls, Boys, EAL, SEND & Disadvantaged students.'), {
      values: ['girls', 'boys', 'pupils-with-send', 'disadvantaged-pupils', 'eal-pupils'],
      unmatched: [],
    });
    assert.deepEqual(mapTargetGroups('Children eligible for free school meals and students with SEND'), { values: ['pupils-with-send', 'fsm-eligible-pupils'], unmatched: [] });
    assert.deepEqual(mapTargetGroups('Year 7-10'), { values: ['year-groups'], unmatched: [] });
    assert.deepEqual(mapTargetGroups('All Years'), { values: ['all-pupils'], unmatched: [] });
  });

  it('keeps the part it cannot map verbatim', () => {
    assert.deepEqual(mapTargetGroups('Whole school and specifically BME /LGBT/SEND students/students or those from a Faith background'), {
      values: ['whole-school', 'pupils-with-send', 'ethnic-minority-pupils', 'lgbt-pupils'],
      unmatched: ['those from a Faith background'],
    });
  });

  it('reads staff and community groups', () => {
    assert.deepEqual(mapTargetGroups('Staff, governors, parents and carers, job applicants').values, ['staff', 'leaders', 'job-applicants', 'parents-and-carers']);
  });
});
