/**
 * The e-mail of one reminder: what is due, whose it is, when, and what to do. Plain text, with the same
 * words as simple HTML for mail clients that prefer it.
 */
import { DeadlineKind, ReminderRecipient, type DeadlineKindValue, type IsoDateString, type Reminder } from '@equality-hub/domain';

export interface ReminderMessageInput {
  reminder: Reminder;
  /** The academy's name; null for the Trust's own deadlines. */
  academyName: string | null;
  trustName: string | null;
  recipientName: string | null;
  /** The admin's "Equality deadlines" page, when the public URL is known. */
  deadlinesPageUrl: string | null;
}

export interface ReminderMessage {
  subject: string;
  text: string;
  html: string;
}

const WHAT_TO_DO: Record<DeadlineKindValue, string> = {
  'annual-information':
    "Publish this year's equality information. It must be published at intervals of not more than one year (SI 2017/353, regulation 4).",
  'objectives-plan-end':
    'Agree and publish the next equality objectives before this plan ends. Objectives must be published at least every four years (SI 2017/353, regulation 5).',
  'statement-review': 'Review the statement, then record the date of this review and when the next one is due.',
  'action-due': 'Complete the action, or agree a new due date, and record it on the objective.',
  'pay-gap-publication':
    "Approve the snapshot and publish the Trust's gender pay gap on its website and on the government's service, within twelve months of the snapshot date (SI 2017/353, Schedule 1).",
};

export function longDate(date: IsoDateString): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** "Due in 30 days", "Due today", "Overdue by 9 days". */
export function whenDue(daysUntilDue: number): string {
  if (daysUntilDue > 0) return `Due in ${plural(daysUntilDue, 'day')}`;
  if (daysUntilDue === 0) return 'Due today';
  return `Overdue by ${plural(-daysUntilDue, 'day')}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function reminderMessage(input: ReminderMessageInput): ReminderMessage {
  const { deadline, daysUntilDue, stage } = input.reminder;
  const owner = input.academyName ?? input.trustName ?? 'the Trust';
  const kind = DeadlineKind.label(deadline.kind);
  const when = whenDue(daysUntilDue);

  const paragraphs = [
    `Dear ${input.recipientName ?? ReminderRecipient.label(deadline.recipient).toLowerCase()},`,
    [
      `${kind}: ${deadline.subject.title}`,
      ...(deadline.subject.context ? [`Objective: ${deadline.subject.context}`] : []),
      `For: ${owner}`,
      `Due on: ${longDate(deadline.dueOn)} (${when.toLowerCase()})`,
    ].join('\n'),
    WHAT_TO_DO[deadline.kind],
    ...(input.deadlinesPageUrl ? [`Every deadline is listed on the Equality deadlines page: ${input.deadlinesPageUrl}`] : []),
    `You receive this as the ${ReminderRecipient.label(deadline.recipient).toLowerCase()}. ${
      stage.kind === 'overdue' ? 'While it is overdue, a reminder follows each week.' : 'Reminders are sent ahead of each deadline, and weekly once it has passed.'
    }`,
  ];

  return {
    subject: `${when}: ${kind} - ${deadline.subject.title} (${owner})`,
    text: `${paragraphs.join('\n\n')}\n`,
    html: paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('\n'),
  };
}
