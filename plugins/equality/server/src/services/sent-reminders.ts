/**
 * The record of reminders sent, which makes each one go out once across restarts and instances. A
 * reminder is claimed before it is sent, by inserting its key: the key is unique in the database, so of
 * two instances claiming together exactly one insert succeeds, and only that one sends. A reminder
 * that then fails to send is released, to be tried again on the next run.
 */
import type { DeadlineKindValue, IsoDateString, ReminderChannelValue } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { RECORD_UID } from '../constants';
import { asSystem } from '../utils/actor';

export interface SentReminder {
  key: string;
  recipient: string;
  kind: DeadlineKindValue;
  dueOn: IsoDateString;
  sentAt: string;
  channel: ReminderChannelValue;
}

export const createSentRemindersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(RECORD_UID.SENT_REMINDER as 'plugin::equality.objective');
  const findByKeys = async (keys: readonly string[]) =>
    keys.length === 0
      ? []
      : ((await asSystem(() => documents().findMany({ filters: { key: { $in: keys } }, fields: ['key', 'sentAt'] } as never))) as unknown as Array<{
          documentId: string;
          key: string;
          sentAt: string;
        }>);

  return {
    /** The keys among `keys` that have been sent already. */
    async alreadySent(keys: readonly string[]): Promise<Set<string>> {
      return new Set((await findByKeys(keys)).map((entry) => entry.key));
    },

    /** True when this call claimed the reminder, false when someone else has. */
    async claim(reminder: SentReminder): Promise<boolean> {
      try {
        await asSystem(() => documents().create({ data: reminder } as never));
        return true;
      } catch (error) {
        // Whether the database refused the duplicate or Strapi's unique check did, the key is taken.
        if ((await findByKeys([reminder.key])).length > 0) return false;
        throw error;
      }
    },

    async release(key: string): Promise<void> {
      for (const { documentId } of await findByKeys([key])) {
        await asSystem(() => documents().delete({ documentId } as never));
      }
    },
  };
};

export type SentRemindersService = ReturnType<typeof createSentRemindersService>;
