import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditFilters } from './audit-filters';

describe('auditFilters', () => {
  it('filters nothing without parameters', () => {
    assert.deepEqual(auditFilters({}), {});
  });

  it('takes whole UTC days, `to` included', () => {
    assert.deepEqual(auditFilters({ from: '2026-01-01', to: '2026-01-31' }), {
      at: { $gte: new Date('2026-01-01T00:00:00.000Z'), $lt: new Date('2026-02-01T00:00:00.000Z') },
    });
    assert.deepEqual(auditFilters({ to: '2026-02-28' }), { at: { $lt: new Date('2026-03-01T00:00:00.000Z') } });
  });

  it('reads a type by its singular name or UID, and an actor in any case', () => {
    assert.deepEqual(auditFilters({ type: 'objective', academy: 'st-georges', actor: 'Editor@School.test' }), {
      academy: 'st-georges',
      contentType: 'plugin::equality.objective',
      actorName: { $eqi: 'Editor@School.test' },
    });
    assert.deepEqual(auditFilters({ type: 'plugin::equality.pay-record' }), { contentType: 'plugin::equality.pay-record' });
  });
});
