import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Academy } from '@equality-hub/domain';
import { mergeAcademies } from './merge';

const academy = (urn: string, name = `Academy ${urn}`): Academy => ({ documentId: `d${urn}`, urn, name, slug: name.toLowerCase().replace(/ /g, '-') });

describe('mergeAcademies', () => {
  it('keeps an academy published by one source, with that source', () => {
    const merged = mergeAcademies([
      { source: 'a', authoritative: [], academies: [academy('100001', 'Beech')] },
      { source: 'b', authoritative: [], academies: [academy('100002', 'Ash')] },
    ]);
    assert.deepEqual(merged.academies.map((entry) => [entry.academy.urn, entry.source]), [['100002', 'b'], ['100001', 'a']]);
    assert.deepEqual(merged.conflicts, []);
  });

  it('makes an academy in two sources a conflict unless one is authoritative for it', () => {
    const both = [academy('100001')];
    assert.deepEqual(mergeAcademies([
      { source: 'a', authoritative: [], academies: both },
      { source: 'b', authoritative: [], academies: both },
    ]).conflicts, [{ urn: '100001', sources: ['a', 'b'] }]);

    const resolved = mergeAcademies([
      { source: 'a', authoritative: [], academies: both },
      { source: 'b', authoritative: ['100001'], academies: both },
    ]);
    assert.deepEqual(resolved.conflicts, []);
    assert.deepEqual(resolved.academies.map((entry) => entry.source), ['b']);
  });

  it('is a conflict when two sources claim authority', () => {
    const merged = mergeAcademies([
      { source: 'a', authoritative: ['100001'], academies: [academy('100001')] },
      { source: 'b', authoritative: ['100001'], academies: [] },
    ]);
    assert.deepEqual(merged.conflicts, [{ urn: '100001', sources: ['a', 'b'] }]);
    assert.equal(merged.academies.length, 0);
  });

  it('reports the academies of a source that did not answer as missing, even when another has a copy', () => {
    const merged = mergeAcademies([
      { source: 'a', authoritative: [], academies: [academy('100001')] },
      { source: 'down', authoritative: ['100001', '100002'], academies: null },
    ]);
    assert.deepEqual(merged.academies, []);
    assert.deepEqual(merged.missing, [
      { urn: '100001', name: 'Academy 100001', sources: ['down'], reason: 'its source "down" did not answer' },
      { urn: '100002', name: null, sources: ['down'], reason: 'its source "down" did not answer' },
    ]);
  });
});
