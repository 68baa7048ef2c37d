import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHeaderRow, matchColumns } from './columns';

describe('matchColumns', () => {
  it('recognises the seed table header, explanations after colons and all', () => {
    const layout = matchColumns([
      'Link to Public Sector Equality Duty',
      'Protected characteristic',
      'Aim:',
      'Objective:',
      'Target group(s): e.g. whole school, girls, boys, SEN, staff etc',
      'Action:',
      "Who's responsible?",
      'Dates',
      'Milestone/progress:',
    ]);
    assert.deepEqual(layout, {
      index: { psedLink: 0, characteristic: 1, aim: 2, objective: 3, targetGroups: 4, action: 5, responsible: 6, dates: 7, milestones: 8 },
      width: 9,
      unrecognised: [],
    });
    assert.equal(isHeaderRow(layout), true);
  });

  it('recognises other wordings, in any order, and reports the headers it does not know', () => {
    const layout = matchColumns(['Equality objective', 'PSED link', 'Strand', 'Actions to achieve the objective', 'Lead', 'Timescale', 'Progress towards the objective', 'Cost', '', '']);
    assert.deepEqual(layout.index, { objective: 0, psedLink: 1, characteristic: 2, action: 3, responsible: 4, dates: 5, milestones: 6 });
    assert.equal(layout.width, 8);
    assert.deepEqual(layout.unrecognised, [{ index: 7, header: 'Cost' }]);
  });

  it('does not take a title or a data row for the header', () => {
    assert.equal(isHeaderRow(matchColumns(['EQUALITY OBJECTIVES: 2017 – 2021'])), false);
    assert.equal(isHeaderRow(matchColumns(['Section 3', 'Objectives'])), false);
  });
});
