/**
 * The reminders job: on the day of `now` (in the configured time zone), every reminder due is claimed
 * and then e-mailed through Strapi's email plugin, or logged when no SMTP server is configured. The
 * clock is a parameter: the cron passes `new Date()`, tests pass the days they step through.
 */
import { remindersDue, type IsoDateString, type Reminder, type ReminderChannelValue } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { reminderSettings } from '../config/reminders';
import { reminderMessage, type ReminderMessage } from '../reminders/message';
import { getService } from '../utils/get-service';
import { dateIn } from '../utils/local-date';
import { recipientOf, type OutstandingDeadlines } from './deadlines';

export interface ReminderRun {
  today: IsoDateString;
  /** Claimed by this run and sent (or logged). */
  delivered: Array<{ key: string; recipient: string; channel: ReminderChannelValue; subject: string }>;
  /** Due, but with nobody to send to: the academy or the Trust has no e-mail address set. */
  withoutRecipient: string[];
  /** Claimed, but the mail server refused: released, to be tried on the next run. */
  failed: Array<{ key: string; error: string }>;
}

/** Where the admin's "Equality deadlines" page is, when Strapi knows its public URL. */
function deadlinesPageUrl(strapi: Core.Strapi): string | null {
  const url = String(strapi.config.get('server.url') ?? '');
  return /^https?:\/\//.test(url) ? `${url.replace(/\/$/, '')}/admin/plugins/equality/deadlines` : null;
}

export const createRemindersService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function deliver(channel: ReminderChannelValue, key: string, to: string, message: ReminderMessage) {
    if (channel === 'log') {
      strapi.log.info(`Equality reminder to ${to} (not e-mailed: SMTP_HOST is not set): ${message.subject}`);
      return;
    }
    await strapi.plugin('email').service('email').send({ to, ...message, headers: { 'X-Equality-Reminder': key } });
  }

  function compose(reminder: Reminder, outstanding: OutstandingDeadlines, recipientName: string | null): ReminderMessage {
    const academy = reminder.deadline.academy ? outstanding.academies.get(reminder.deadline.academy) : undefined;
    return reminderMessage({
      reminder,
      academyName: academy?.name ?? null,
      trustName: outstanding.trust.name,
      recipientName,
      deadlinesPageUrl: deadlinesPageUrl(strapi),
    });
  }

  return {
    async runReminders(now: Date): Promise<ReminderRun> {
      const settings = reminderSettings(strapi);
      const today = dateIn(now, settings.timeZone);
      const channel: ReminderChannelValue = settings.delivery;
      const outstanding = await getService(strapi, 'deadlines').outstanding(today);
      const due = remindersDue(outstanding.deadlines, today, { leadDays: settings.leadDays });
      const store = getService(strapi, 'sent-reminders');
      const sent = await store.alreadySent(due.map((reminder) => reminder.key));
      const run: ReminderRun = { today, delivered: [], withoutRecipient: [], failed: [] };

      for (const reminder of due.filter(({ key }) => !sent.has(key))) {
        const { email, name } = recipientOf(reminder.deadline, outstanding);
        if (!email) {
          run.withoutRecipient.push(reminder.key);
          continue;
        }
        const { key, deadline } = reminder;
        const claimed = await store.claim({ key, recipient: email, kind: deadline.kind, dueOn: deadline.dueOn, sentAt: now.toISOString(), channel });
        if (!claimed) continue;
        const message = compose(reminder, outstanding, name);
        try {
          await deliver(channel, key, email, message);
          run.delivered.push({ key, recipient: email, channel, subject: message.subject });
        } catch (error) {
          await store.release(key);
          run.failed.push({ key, error: error instanceof Error ? error.message : String(error) });
        }
      }

      if (run.withoutRecipient.length > 0) {
        strapi.log.warn(`Equality reminders not sent, no e-mail address set for the equality lead or owner: ${run.withoutRecipient.join(', ')}`);
      }
      for (const { key, error } of run.failed) strapi.log.error(`Equality reminder ${key} could not be sent, to be retried: ${error}`);
      return run;
    },
  };
};

export type RemindersService = ReturnType<typeof createRemindersService>;
