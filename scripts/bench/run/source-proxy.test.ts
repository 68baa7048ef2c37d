import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withAcademyFilter } from './source-proxy';

describe('source proxy filter', () => {
  it("holds academy-owned routes to the source's URNs", () => {
    assert.equal(
      decodeURIComponent(withAcademyFilter('/api/equality/objectives?pagination%5Bpage%5D=2', ['400001', '400002'])),
      '/api/equality/objectives?pagination[page]=2&filters[academy][urn][$in][0]=400001&filters[academy][urn][$in][1]=400002',
    );
    assert.equal(decodeURIComponent(withAcademyFilter('/api/equality/academies', ['400003'])), '/api/equality/academies?filters[urn][$in][0]=400003');
  });

  it('leaves other routes, and sources without a list, alone; a source with no academies matches none', () => {
    assert.equal(withAcademyFilter('/api/equality/trust-objectives?x=1', ['400001']), '/api/equality/trust-objectives?x=1');
    assert.equal(withAcademyFilter('/api/equality/plans?x=1', undefined), '/api/equality/plans?x=1');
    assert.match(decodeURIComponent(withAcademyFilter('/api/equality/plans', [])), /\[\$in\]\[0\]=none$/);
  });
});
