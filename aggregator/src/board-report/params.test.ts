import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportParams, reportQueryString } from './params';

describe('the report parameters', () => {
  it('default to today and the academic year it falls in', () => {
    assert.deepEqual(reportParams({}, '2026-01-15'), { ok: true, params: { asOf: '2026-01-15', academicYear: '2025/26' } });
    assert.deepEqual(reportParams({ asOf: '2025-09-01' }, '2026-01-15'), { ok: true, params: { asOf: '2025-09-01', academicYear: '2025/26' } });
    assert.deepEqual(reportParams({ academicYear: '2024/25', asOf: '2026-01-15' }), { ok: true, params: { asOf: '2026-01-15', academicYear: '2024/25' } });
  });

  it('refuse a malformed date or year, naming the parameter', () => {
    for (const query of [{ asOf: '15/01/2026' }, { asOf: ['2026-01-15', '2026-01-16'] }, { asOf: '2026-02-30' }]) {
      const outcome = reportParams(query);
      assert.equal(outcome.ok, false);
      assert.match((outcome as { problem: string }).problem, /^asOf must be a calendar date/);
    }
    for (const academicYear of ['2025/27', '2025-26', '2025']) {
      assert.match((reportParams({ academicYear }) as { problem: string }).problem, /^academicYear must name two consecutive years/);
    }
  });

  it('write the same report back as a query string', () => {
    assert.equal(reportQueryString({ academicYear: '2025/26', asOf: '2026-01-15' }), 'academicYear=2025%2F26&asOf=2026-01-15');
  });
});
