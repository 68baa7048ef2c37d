import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapPsedAims } from './psed-aims';

const ALL = ['eliminate-discrimination', 'advance-equality-of-opportunity', 'foster-good-relations'];

describe('mapPsedAims', () => {
  it('reads the aims as the seed table writes them', () => {
    assert.deepEqual(mapPsedAims('All aims of duty'), { values: ALL, unmatched: [] });
    assert.deepEqual(mapPsedAims('Eliminate unlawful discrimination, harassment and victimisation'), { values: ['eliminate-discrimination'], unmatched: [] });
    assert.deepEqual(mapPsedAims('Advance equality of opportunity'), { values: ['advance-equality-of-opportunity'], unmatched: [] });
  });

  it('reads several aims in one cell', () => {
    assert.deepEqual(mapPsedAims('<p>Advance equality of opportunity</p><p>Foster good relations</p>').values, ['advance-equality-of-opportunity', 'foster-good-relations']);
    assert.deepEqual(mapPsedAims('Eliminate discrimination / foster good relations').values, ['eliminate-discrimination', 'foster-good-relations']);
    assert.deepEqual(mapPsedAims('All').values, ALL);
  });

  it('does not take "for all" as all three aims', () => {
    assert.deepEqual(mapPsedAims('Advance equality of opportunity for all').values, ['advance-equality-of-opportunity']);
  });

  it('keeps what names no aim verbatim', () => {
    assert.deepEqual(mapPsedAims('Community cohesion'), { values: [], unmatched: ['Community cohesion'] });
    assert.deepEqual(mapPsedAims('Advance equality of opportunity; Wellbeing'), { values: ['advance-equality-of-opportunity'], unmatched: ['Wellbeing'] });
  });
});
