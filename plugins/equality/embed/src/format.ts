/** How the web component writes dates, figures and files: plain text, British English. Pure functions. */
import { Recurrence, type Dates, type PublishedFile, type UnitValue } from '@equality-hub/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const londonDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** `2024-03-31` → `31 March 2024`; a date-time is written as its date in the UK. */
export function formatDate(iso: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (date) return `${Number(date[3])} ${MONTHS[Number(date[2]) - 1]} ${date[1]}`;
  return londonDate.format(new Date(iso));
}

/** The calendar date of an ISO date or date-time, in the UK: what a `<time datetime>` carries. */
export function isoDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `12.345` → `12.3%`: pay gap figures, published to one decimal place. */
export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** A figure of equality information in its unit: `52.4%`, `3.1 per 1,000`, `4 days`. */
export function formatFigure(value: number, unit: UnitValue | null | undefined): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'rate-per-thousand':
      return `${number} per 1,000`;
    case 'days':
      return `${number} ${value === 1 ? 'day' : 'days'}`;
    case 'count':
    case 'score':
    case null:
    case undefined:
      return number;
  }
}

/**
 * The Dates column: the words staff wrote ("Sept 2020 – ongoing") when there are any, else what the
 * dates say ("1 September 2024 to 31 July 2025, annually").
 */
export function datesText(dates: Dates | null | undefined): string {
  if (!dates) return '';
  if (dates.text?.trim()) return dates.text.trim();
  const span = [dates.start && `from ${formatDate(dates.start)}`, dates.end && `to ${formatDate(dates.end)}`].filter(Boolean).join(' ');
  const parts = [span, dates.ongoing ? 'ongoing' : '', dates.recurrence && dates.recurrence !== 'none' ? Recurrence.label(dates.recurrence).toLowerCase() : ''];
  const text = parts.filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `lower-middle` → `Lower middle`. */
export function quarterLabel(quarter: string): string {
  const words = quarter.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `PDF, 120 KB`: what a link to a document says about it (Strapi gives sizes in kilobytes). */
export function fileDescription(file: Pick<PublishedFile, 'name' | 'mime' | 'size'>): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1];
  const kind = file.mime === 'application/pdf' ? 'PDF' : (extension?.toUpperCase() ?? 'file');
  if (file.size == null) return kind;
  const size = file.size >= 1024 ? `${(file.size / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(file.size))} KB`;
  return `${kind}, ${size}`;
}

/** Rich text as paragraphs of plain text: blank lines part them, Markdown's markers are dropped. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/^#{1,6}\s+/gm, '').replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
