import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellEntries, continuesSentence } from './cell-entries';

describe('cellEntries', () => {
  it('makes each <p> paragraph an entry, as the text export writes them', () => {
    assert.deepEqual(cellEntries('<p>Access staff training.</p> <p>Promotion of hate incident recording to students.</p>'), [
      'Access staff training.',
      'Promotion of hate incident recording to students.',
    ]);
  });

  it('makes each line and bullet an entry, without its bullet mark', () => {
    assert.deepEqual(cellEntries('• Staff survey\n- Governor visit\n1. Parents’ forum\no  Assemblies'), ['Staff survey', 'Governor visit', 'Parents’ forum', 'Assemblies']);
  });

  it('splits bullets run together on one line', () => {
    assert.deepEqual(cellEntries('• Diwali • Eid · Christmas'), ['Diwali', 'Eid', 'Christmas']);
  });

  it('decodes entities, drops inline markup and keeps text that only looks like a tag', () => {
    assert.deepEqual(cellEntries('<p><strong>Boys &amp; girls</strong></p><p>groups of <5 pupils></p>'), ['Boys & girls', 'groups of <5 pupils>']);
  });

  it('gives nothing for an empty cell', () => {
    assert.deepEqual(cellEntries('  <p> </p> '), []);
  });

  it('keeps a hyphen inside a line and "e.g." at its start', () => {
    assert.deepEqual(cellEntries('e.g. Year 7-10 anti-bullying'), ['e.g. Year 7-10 anti-bullying']);
  });
});

describe('continuesSentence', () => {
  it('joins a fragment that starts in lower case or with a bracket', () => {
    assert.equal(continuesSentence('Students identified and support', 'programmes in place.'), true);
    assert.equal(continuesSentence('skills for students with BESD', '(Behavioural, emotional and social difficulties)'), true);
  });

  it('joins after a comma, dash or joining word', () => {
    assert.equal(continuesSentence('Improved ability to handle difficult situations and', 'Reduction in disruption'), true);
    assert.equal(continuesSentence('Attendance, punctuality,', 'Behaviour'), true);
  });

  it('starts a new entry for a capitalised line after a finished one', () => {
    assert.equal(continuesSentence('Access staff training.', 'Staff survey in June'), false);
    assert.equal(continuesSentence('Access staff training', 'Staff survey in June'), false);
  });
});
