/**
 * Attainment and attendance gaps by pupil group over the years, from one academy's published equality
 * information: for each metric and each pupil group that belongs to a pair (boys/girls, disadvantaged/not
 * disadvantaged …) and was published in some year, the group's figure minus its complement's, year by year.
 */
import { evidenceSeries, type EvidencePoint, type PublishedYear } from './evidence';
import { PupilGroup, type MetricValue, type PupilGroupValue } from './vocabulary';

/** The metrics whose gaps the trends follow: attainment and attendance. */
export const GAP_TREND_METRICS = [
  'attainment-ks2-rwm-expected',
  'attainment-ks4-attainment-8',
  'attainment-ks4-progress-8',
  'attainment-ks4-english-maths-grade-5',
  'attendance-rate',
  'persistent-absence-rate',
] as const satisfies readonly MetricValue[];

export interface GapTrend {
  metric: MetricValue;
  pupilGroup: PupilGroupValue;
  /** The complement the gap is taken against. */
  comparedWith: PupilGroupValue;
  points: EvidencePoint[];
}

export interface GapTrendFilter {
  metric?: MetricValue | null;
  pupilGroup?: PupilGroupValue | null;
}

/** Every gap series of the academy, in the order of the metrics above and then of the pupil groups. */
export function gapTrends(information: readonly PublishedYear[], filter: GapTrendFilter = {}): GapTrend[] {
  const published = new Set(information.flatMap((year) => year.figures.map((figure) => `${figure.metric}/${figure.pupilGroup}`)));
  return GAP_TREND_METRICS.filter((metric) => !filter.metric || filter.metric === metric).flatMap((metric) =>
    PupilGroup.values
      .filter((group) => !filter.pupilGroup || filter.pupilGroup === group)
      .flatMap((pupilGroup) => {
        const comparedWith = PupilGroup.complementOf(pupilGroup);
        if (!comparedWith || !published.has(`${metric}/${pupilGroup}`)) return [];
        return [{ metric, pupilGroup, comparedWith, points: evidenceSeries(information, { metric, pupilGroup, gap: true }) }];
      }),
  );
}
