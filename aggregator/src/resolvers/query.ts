/** The root fields other than `sources`. */
import { isoDate } from '@equality-hub/domain';
import { isAcademicYear } from '../academic-year';
import type { AppContext } from '../context';
import { AggregatorError, ErrorCode } from '../errors';
import { gatherReport } from '../report';
import type { AcademyNode } from './academy';

export function checkAcademicYear(value: string): string {
  if (!isAcademicYear(value)) throw new AggregatorError(ErrorCode.BAD_USER_INPUT, 'academicYear must name two consecutive years, such as "2025/26"');
  return value;
}

/** The merged academy with this slug, or null; an error when two academies (two URNs) share it. */
export async function academyBySlug(context: AppContext, slug: string): Promise<AcademyNode | null> {
  const matches = (await context.loaders.academies()).academies.filter((entry) => entry.academy.slug === slug);
  if (matches.length > 1) {
    throw new AggregatorError(ErrorCode.AMBIGUOUS_SLUG, `Several academies use the slug "${slug}": ask for one by URN`, {
      urns: matches.map((entry) => entry.academy.urn),
    });
  }
  const [match] = matches;
  return match ? { ...match.academy, source: match.source } : null;
}

export const queryResolvers = {
  Query: {
    academies: async (_parent: unknown, _args: unknown, context: AppContext): Promise<AcademyNode[]> =>
      (await context.loaders.academies()).academies.map(({ academy, source }) => ({ ...academy, source })),

    academy: (_parent: unknown, { slug }: { slug: string }, context: AppContext): Promise<AcademyNode | null> => academyBySlug(context, slug),

    trustReport: (_parent: unknown, args: { academicYear: string; asOf?: string | null }, context: AppContext) =>
      gatherReport(context.loaders, checkAcademicYear(args.academicYear), args.asOf ?? isoDate()),
  },
};
