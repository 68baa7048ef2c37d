/**
 * Registers the daily reminders job with Strapi's cron, under its own name so that other jobs never
 * collide with it. Strapi runs it only when the app's `cron.enabled` is on (CRON_ENABLED); the
 * command line and the tests leave it off and call `runReminders` themselves.
 */
import type { Core } from '@strapi/strapi';
import { dailyRule, reminderSettings } from '../config/reminders';
import { REMINDERS_JOB } from '../constants';
import { getService } from '../utils/get-service';

export function scheduleReminders(strapi: Core.Strapi) {
  const { time, timeZone } = reminderSettings(strapi);
  strapi.cron.add({
    [REMINDERS_JOB]: {
      async task() {
        const run = await getService(strapi, 'reminders').runReminders(new Date());
        strapi.log.info(`Equality reminders for ${run.today}: ${run.delivered.length} sent, ${run.withoutRecipient.length} without a recipient, ${run.failed.length} failed`);
      },
      options: { rule: dailyRule(time), tz: timeZone },
    },
  });
}
