/** How dates, measures and actions read in the governors' pack: British dates, vocabulary labels. */
import { ActionState, Metric, PupilGroup, Rag, Recurrence, Unit, type Action, type Dates, type Measure, type Milestone } from '@equality-hub/domain';

const formatter = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const LONG = formatter({ day: 'numeric', month: 'long', year: 'numeric' });
const SHORT = formatter({ day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = formatter({ month: 'short', year: 'numeric' });

const at = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** 2024-09-01 → "1 September 2024" */
export const longDate = (isoDate: string) => LONG.format(at(isoDate));
/** 2024-09-01 → "1 Sept 2024" */
const shortDate = (isoDate: string) => SHORT.format(at(isoDate));

/** The Dates column: the school's own wording when the table had one, else the structured dates. */
export function datesText(dates: Dates | null | undefined): string[] {
  if (!dates) return [];
  if (dates.text?.trim()) return [dates.text.trim()];
  const month = (date: string) => MONTH.format(at(date));
  const span = dates.start && dates.end ? `${month(dates.start)} – ${month(dates.end)}`
    : dates.start ? `From ${month(dates.start)}${dates.ongoing ? ', ongoing' : ''}`
    : dates.end ? `By ${month(dates.end)}`
    : dates.ongoing ? 'Ongoing' : '';
  const recurrence = dates.recurrence && dates.recurrence !== 'none' ? Recurrence.label(dates.recurrence) : '';
  return [[span, recurrence].filter(Boolean).join(', ')].filter(Boolean);
}

const withUnit = (value: number, unit: Measure['unit']) =>
  unit === 'percent' ? `${value} %` : unit && unit !== 'count' && unit !== 'score' ? `${value} (${Unit.label(unit).toLowerCase()})` : String(value);

/** "Measure: Attendance, Disadvantaged: baseline 91 %, target 94 %, now 92.5 %", or nothing without baseline and target. */
export function measureText(measure: Measure | null | undefined): string[] {
  if (!measure || measure.baseline == null || measure.target == null) return [];
  const what = [measure.metric && Metric.label(measure.metric), measure.pupilGroup && PupilGroup.label(measure.pupilGroup)].filter(Boolean).join(', ');
  const values = [
    `baseline ${withUnit(measure.baseline, measure.unit)}`,
    `target ${withUnit(measure.target, measure.unit)}`,
    ...(measure.current != null ? [`now ${withUnit(measure.current, measure.unit)}`] : []),
  ].join(', ');
  return [`Measure${what ? `: ${what}` : ''}: ${values}`];
}

/** "Audit the library (due 31 Mar 2026)", "… (done 12 Feb 2025)", "… (dropped)". */
export function actionText(action: Action): string {
  const { state } = action;
  const when = state === 'done' ? action.completedOn : state === 'open' ? action.dueOn : null;
  const note = state === 'open' ? (when ? `due ${shortDate(when)}` : '') : `${ActionState.label(state).toLowerCase()}${when ? ` ${shortDate(when)}` : ''}`;
  return note ? `${action.description} (${note})` : action.description;
}

/** "12 Feb 2025: reading ages up by 8 months (Green)" */
export function milestoneText(milestone: Milestone): string {
  const date = milestone.date ? `${shortDate(milestone.date)}: ` : '';
  const rag = milestone.rag ? ` (${Rag.label(milestone.rag)})` : '';
  return `${date}${milestone.note}${rag}`;
}
