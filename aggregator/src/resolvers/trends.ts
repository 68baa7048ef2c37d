/**
 * `trends`: series over the years for the Board's charts. Gaps come from each academy's published
 * information (public); pay gaps from the approved reports (public) and, for executives, the snapshots not
 * yet approved; anonymised shortlisting from the vacancies (executives). Each source is read once per request.
 */
import { academicYearOf, gapTrends, inTrustOn, isoDate, Metric, type GapTrendFilter } from '@equality-hub/domain';
import type { AppContext } from '../context';
import { AggregatorError, ErrorCode } from '../errors';
import { publishedNode } from '../pay-gap/nodes';
import { sharesByAcademicYear } from '../recruitment/blind-recruitment';
import type { AcademyNode } from './academy';
import { genderPayGapOf } from './pay-gap';
import { academyBySlug } from './query';

/** The trends of the whole Trust (`academy` null) or of one academy. */
interface TrendsNode {
  academy: AcademyNode | null;
}

const bySnapshotDate = <T extends { snapshotDate: string }>(a: T, b: T) => a.snapshotDate.localeCompare(b.snapshotDate);

async function academiesOf(trends: TrendsNode, context: AppContext): Promise<AcademyNode[]> {
  if (trends.academy) return [trends.academy];
  const today = isoDate();
  return (await context.loaders.academies()).academies
    .filter((owned) => inTrustOn(owned.academy, today))
    .map((owned) => ({ ...owned.academy, source: owned.source }));
}

export const trendsResolvers = {
  Query: {
    trends: async (_parent: unknown, args: { academy?: string | null }, context: AppContext): Promise<TrendsNode> => {
      if (args.academy == null) return { academy: null };
      const academy = await academyBySlug(context, args.academy);
      if (!academy) throw new AggregatorError(ErrorCode.NOT_FOUND, `No academy has the slug "${args.academy}"`);
      return { academy };
    },
  },
  Trends: {
    gaps: async (trends: TrendsNode, filter: GapTrendFilter, context: AppContext) => {
      const academies = await academiesOf(trends, context);
      const perAcademy = await Promise.all(
        academies.map(async (academy) =>
          gapTrends(await context.loaders.academyRecords(academy.urn, 'information'), filter).map((trend) => ({
            ...trend,
            academy,
            unit: Metric.unitOf(trend.metric),
          })),
        ),
      );
      return perAcademy.flat();
    },
    payGaps: async (_trends: TrendsNode, _args: unknown, context: AppContext) =>
      [...(await context.loaders.trust.publications())].sort(bySnapshotDate).map(publishedNode),
    unapprovedPayGaps: async (_trends: TrendsNode, _args: unknown, context: AppContext) => {
      const unapproved = (await context.loaders.trust.paySnapshots()).filter((snapshot) => snapshot.approvedOn === null).sort(bySnapshotDate);
      return Promise.all(unapproved.map((snapshot) => genderPayGapOf(context, snapshot, undefined)));
    },
    anonymisedShortlisting: async (trends: TrendsNode, _args: unknown, context: AppContext) => {
      const vacancies = (await context.loaders.trust.vacancies()).filter((vacancy) => !trends.academy || vacancy.academy.urn === trends.academy.urn);
      const years = vacancies.map((vacancy) => academicYearOf(vacancy.openedOn)).sort();
      return years.length === 0 ? [] : sharesByAcademicYear(vacancies, years[0]!, years.at(-1)!);
    },
  },
};
