/**
 * Registers the audit retention job with Strapi's cron under its own name, so no other job collides
 * with it: every night at 03:30 UK time. Strapi runs it only when `cron.enabled` is on (CRON_ENABLED);
 * tests call `purge` with their own clock. A bad AUDIT_RETENTION_DAYS stops the boot here, not at 03:30.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

export const AUDIT_RETENTION_JOB = 'equality-audit-retention';

export function scheduleAuditRetention(strapi: Core.Strapi) {
  const retention = getService(strapi, 'audit-retention');
  retention.days();
  strapi.cron.add({
    [AUDIT_RETENTION_JOB]: {
      // Strapi passes the fire date: the job's clock.
      async task(_context, fireDate) {
        const { deleted, cutoff } = await retention.purge(fireDate instanceof Date ? fireDate : new Date());
        if (deleted > 0) strapi.log.info(`Audit retention: deleted ${deleted} entries recorded before ${cutoff}`);
      },
      options: { rule: '30 3 * * *', tz: 'Europe/London' },
    },
  });
}
