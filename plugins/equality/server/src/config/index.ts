/**
 * The plugin's configuration (cms/config/plugins.ts, `equality.config`), checked when Strapi loads so
 * that a bad setting stops the boot with the variable named.
 */
import { ReminderSettings } from './reminders';

export default {
  default: {
    reminders: { delivery: 'log', time: '07:00', timeZone: 'Europe/London', leadDays: '60,30,7' },
  },
  validator(config: { reminders?: unknown }) {
    const parsed = ReminderSettings.safeParse(config.reminders);
    if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  },
};
