/**
 * How long the audit trail is kept: AUDIT_RETENTION_DAYS, by default 2,555 days (about seven years, the
 * usual limitation-and-inspection horizon for employment and education records).
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 2555;

/** The retention period in days; a value that is not a whole number of days of at least one is refused. */
export function auditRetentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_AUDIT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`AUDIT_RETENTION_DAYS must be a whole number of days, at least 1, not "${value}"`);
  }
  return days;
}

/** Entries recorded before this instant are past retention on `now`. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
