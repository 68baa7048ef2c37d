/**
 * When and how deadline reminders go out. Each setting comes from an environment variable (README,
 * "Reminders"), so every message names the variable to fix.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const MAX_LEAD_DAYS = 366;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LEAD_DAYS_RULE = `REMINDER_LEAD_DAYS must be whole numbers of days from 1 to ${MAX_LEAD_DAYS}, separated by commas (e.g. 60,30,7)`;
const LeadDay = z.number({ error: LEAD_DAYS_RULE }).int(LEAD_DAYS_RULE).min(1, LEAD_DAYS_RULE).max(MAX_LEAD_DAYS, LEAD_DAYS_RULE);

/** "60,30,7" as the environment gives it, or a list of numbers. */
const LeadDays = z
  .union([z.string(), z.array(z.number())])
  .transform((value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean).map(Number) : value))
  .pipe(z.array(LeadDay));

export const ReminderSettings = z.object({
  /** `email` when an SMTP server is configured (SMTP_HOST); otherwise reminders are logged. */
  delivery: z.enum(['email', 'log']),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'REMINDER_TIME must be a 24-hour time HH:MM, e.g. 07:00'),
  timeZone: z.string().refine(isTimeZone, 'REMINDER_TIME_ZONE must be an IANA time zone, e.g. Europe/London'),
  leadDays: LeadDays,
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export function reminderSettings(strapi: Core.Strapi): ReminderSettings {
  return ReminderSettings.parse(strapi.config.get('plugin::equality.reminders'));
}

/** The cron rule of a daily run at `time` (seconds, minutes, hours …). */
export function dailyRule(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `0 ${minutes} ${hours} * * *`;
}
