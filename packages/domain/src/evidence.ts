/**
 * A measure's values over the years, read from an academy's published equality information: the figure
 * for a metric and pupil group, or the gap between that group and its complement (the group's figure minus
 * the complement's: disadvantaged − not disadvantaged).
 *
 * A year's figures describe the academic year, so each value is dated on 31 August closing it. A withheld
 * figure (small cohort) gives no value, only the reason; a gap is withheld when either figure is.
 */
import type { IsoDateString } from './dates';
import type { Observation } from './measure-progress';
import { roundHalfAwayFromZero } from './pay-gap/rounding';
import type { EqualityInformation, PublishedFigure } from './schemas';
import { PupilGroup, type MetricValue, type PupilGroupValue } from './vocabulary';

/** What an evidence-linked measure reads. Without a pupil group, the all-pupils figure (incidents). */
export interface EvidenceLink {
  metric: MetricValue;
  pupilGroup?: PupilGroupValue | null;
  gap?: boolean | null;
}

export interface EvidencePoint {
  academicYear: string;
  /** The day the value describes: the last day of the academic year. */
  observedOn: IsoDateString;
  value: number | null;
  /** Withheld for small numbers: never a current value. */
  suppressed: boolean;
  /** Why there is no value. */
  reason: string | null;
}

export type PublishedYear = Pick<EqualityInformation, 'academicYear' | 'publishedOn' | 'figures'>;

/** 31 August closing an academic year: "2024/25" → 2025-08-31. */
export function endOfAcademicYear(academicYear: string): IsoDateString {
  return `${Number(academicYear.slice(0, 4)) + 1}-08-31`;
}

const groupOf = (link: EvidenceLink): PupilGroupValue => link.pupilGroup ?? 'all-pupils';

/** One value of a year: the figure itself, or the gap to the complement's; undefined when neither was published. */
function yearValue(figures: readonly PublishedFigure[], link: EvidenceLink): Omit<EvidencePoint, 'academicYear' | 'observedOn'> | undefined {
  const find = (group: PupilGroupValue) => figures.find((figure) => figure.metric === link.metric && figure.pupilGroup === group);
  const group = groupOf(link);
  const complement = link.gap ? PupilGroup.complementOf(group) : undefined;
  const parts = complement ? [group, complement] : [group];
  const found = parts.map(find);
  if (found.every((figure) => figure === undefined)) return undefined;

  for (const [index, figure] of found.entries()) {
    const name = `the ${PupilGroup.label(parts[index]!)} figure`;
    if (figure === undefined) return { value: null, suppressed: false, reason: `${name} was not published` };
    if (figure.value === null) {
      const why = figure.reason ?? 'withheld for small numbers';
      return { value: null, suppressed: true, reason: complement ? `${name} is withheld: ${why}` : why };
    }
  }
  const [own, other] = found.map((figure) => figure!.value!);
  return { value: other === undefined ? own! : roundHalfAwayFromZero(own! - other, 2), suppressed: false, reason: null };
}

/**
 * The measure's value in every year whose information publishes its figure (or either half of its gap),
 * oldest first. When an academy published two documents for one year, the later publication counts.
 */
export function evidenceSeries(information: readonly PublishedYear[], link: EvidenceLink): EvidencePoint[] {
  const latestByYear = new Map<string, PublishedYear>();
  for (const year of information) {
    const seen = latestByYear.get(year.academicYear);
    if (!seen || year.publishedOn > seen.publishedOn) latestByYear.set(year.academicYear, year);
  }
  return [...latestByYear.values()]
    .sort((a, b) => a.academicYear.localeCompare(b.academicYear))
    .flatMap((year) => {
      const value = yearValue(year.figures, link);
      return value ? [{ academicYear: year.academicYear, observedOn: endOfAcademicYear(year.academicYear), ...value }] : [];
    });
}

/** The points as observations for the progress rule, named as reasons name them ("the 2024/25 gap"). */
export function evidenceObservations(points: readonly EvidencePoint[], link: EvidenceLink): Observation[] {
  return points.map((point) => ({
    observedOn: point.observedOn,
    value: point.value,
    reason: point.reason,
    label: `the ${point.academicYear} ${link.gap ? 'gap' : 'figure'}`,
  }));
}
