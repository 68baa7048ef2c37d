/**
 * The retention job: deletes the audit entries older than AUDIT_RETENTION_DAYS (default 2,555), as
 * `system`, and records that deletion as an entry of its own. `now` is the job's clock (the cron's fire
 * date in production, any date in tests). Nothing past retention, nothing recorded: a second instance
 * running the same job finds nothing left and stays silent.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { asRetentionJob } from '../content-types/audit-entry/lifecycles';
import { asSystem } from '../utils/actor';
import { getService } from '../utils/get-service';
import { auditRetentionDays, retentionCutoff } from '../utils/retention';

export interface RetentionOutcome {
  deleted: number;
  /** Entries recorded before this instant were deleted. */
  cutoff: string;
}

export const createAuditRetentionService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The retention period in days; throws, naming the variable, when AUDIT_RETENTION_DAYS is not one. */
  days(): number {
    return auditRetentionDays(process.env.AUDIT_RETENTION_DAYS);
  },

  async purge(now: Date = new Date()): Promise<RetentionOutcome> {
    const days = this.days();
    const cutoff = retentionCutoff(now, days);
    return asSystem(() =>
      strapi.db.transaction(async () => {
        const { count } = await asRetentionJob(() => strapi.db.query(UID.AUDIT_ENTRY).deleteMany({ where: { at: { $lt: cutoff } } }));
        if (count > 0) {
          await getService(strapi, 'audit').record(
            {
              action: 'retention-delete',
              contentType: UID.AUDIT_ENTRY,
              documentId: null,
              academyKey: null,
              changedFields: [],
              counts: [{ contentType: UID.AUDIT_ENTRY, action: 'delete', count }],
              note: `Entries recorded before ${cutoff.toISOString()}, past the retention period of ${days} days`,
            },
            now,
          );
        }
        return { deleted: count, cutoff: cutoff.toISOString() };
      }),
    );
  },
});

export type AuditRetentionService = ReturnType<typeof createAuditRetentionService>;
