import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverage, type CoverageObjective } from './coverage';

const objective = (documentId: string, fields: Partial<CoverageObjective>): CoverageObjective => ({
  documentId,
  academy: '100001',
  psedAims: ['eliminate-discrimination'],
  protectedCharacteristics: [],
  targetGroups: [],
  ...fields,
});

const cell = (result: ReturnType<typeof coverage>, aim: string, characteristic: string) =>
  result.cells.find((candidate) => candidate.aim === aim && candidate.characteristic === characteristic)!;

describe('coverage', () => {
  it('has 27 cells, of which marriage × aims (b) and (c) are not applicable and never gaps', () => {
    const result = coverage([]);
    assert.equal(result.cells.length, 27);
    assert.deepEqual(
      result.cells.filter((c) => c.notApplicable).map((c) => `${c.aim}/${c.characteristic}`),
      ['advance-equality-of-opportunity/marriage-and-civil-partnership', 'foster-good-relations/marriage-and-civil-partnership'],
    );
    assert.equal(result.gaps.length, 25);
  });

  it('counts "all" in every applicable cell of its aims and reports it as allCount', () => {
    const result = coverage([
      objective('a', { psedAims: ['advance-equality-of-opportunity'], protectedCharacteristics: ['all'], targetGroups: ['staff'] }),
      objective('b', { academy: '100002', psedAims: ['advance-equality-of-opportunity'], protectedCharacteristics: ['race'], targetGroups: ['all-pupils'] }),
    ]);
    assert.equal(result.allCount, 1);
    assert.deepEqual(cell(result, 'advance-equality-of-opportunity', 'race'), {
      aim: 'advance-equality-of-opportunity', characteristic: 'race', objectiveCount: 2, academyCount: 2, notApplicable: false,
    });
    assert.equal(cell(result, 'advance-equality-of-opportunity', 'sex').objectiveCount, 1);
    assert.equal(cell(result, 'advance-equality-of-opportunity', 'marriage-and-civil-partnership').objectiveCount, 0);
    // Aim (b) is covered for all eight applicable characteristics; aims (a) and (c) are all gaps (9 + 8).
    assert.equal(result.gaps.length, 17);
  });

  it('counts age only for objectives aimed at staff, and flags age aimed at pupils', () => {
    const result = coverage([
      objective('pupils-all', { protectedCharacteristics: ['all'], targetGroups: ['all-pupils'] }),
      objective('pupils-age', { protectedCharacteristics: ['age'], targetGroups: ['girls'] }),
      objective('staff-age', { protectedCharacteristics: ['age'], targetGroups: ['job-applicants'] }),
    ]);
    assert.equal(cell(result, 'eliminate-discrimination', 'age').objectiveCount, 1);
    assert.equal(cell(result, 'eliminate-discrimination', 'race').objectiveCount, 1);
    assert.deepEqual(result.agedPupilObjectives.map((o) => o.documentId), ['pupils-age']);
  });
});
