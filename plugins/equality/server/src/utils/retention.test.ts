import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditRetentionDays, DEFAULT_AUDIT_RETENTION_DAYS, retentionCutoff } from './retention';

describe('audit retention', () => {
  it('keeps entries 2,555 days unless AUDIT_RETENTION_DAYS says otherwise', () => {
    assert.equal(auditRetentionDays(undefined), DEFAULT_AUDIT_RETENTION_DAYS);
    assert.equal(auditRetentionDays(''), 2555);
    assert.equal(auditRetentionDays('30'), 30);
  });

  it('refuses a period that is not a whole number of days, naming the variable', () => {
    for (const bad of ['0', '-1', '7.5', 'seven years']) assert.throws(() => auditRetentionDays(bad), /AUDIT_RETENTION_DAYS/);
  });

  it('puts the cutoff exactly that many days before now', () => {
    assert.equal(retentionCutoff(new Date('2033-01-31T03:30:00Z'), 2555).toISOString(), '2026-02-02T03:30:00.000Z');
    assert.equal(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 30).toISOString(), '2026-03-01T00:00:00.000Z');
  });
});
