/** `blindRecruitment` (restricted to Trust executives by the SDL): load, summarise, shape. */
import { isoDate } from '@equality-hub/domain';
import type { AppContext } from '../context';
import { AggregatorError, ErrorCode } from '../errors';
import { blindRecruitment, type AcademyRecruitment, type BlindRecruitmentSummary } from '../recruitment/blind-recruitment';
import { academyNode } from './academy';
import { checkAcademicYear } from './query';

/** The Trust-wide summary of an academic year, from this request's loaders. */
export async function blindRecruitmentOf(context: AppContext, academicYear: string, asOf: string): Promise<BlindRecruitmentSummary> {
  const [vacancies, rollouts, merged] = await Promise.all([
    context.loaders.trust.vacancies(),
    context.loaders.trust.rollouts(),
    context.loaders.academies(),
  ]);
  try {
    return blindRecruitment({ academicYear, asOf, vacancies, rollouts, academies: merged.academies.map((owned) => owned.academy) });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const source = context.sources.find((candidate) => candidate.config.trust)!.name;
    throw new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, `Source "${source}" sent an inconsistent applicant breakdown: ${error.message}`, { source });
  }
}

export const blindRecruitmentResolvers = {
  Query: {
    blindRecruitment: (_parent: unknown, args: { academicYear: string; asOf?: string | null }, context: AppContext) =>
      blindRecruitmentOf(context, checkAcademicYear(args.academicYear), args.asOf ?? isoDate()),
  },
  BlindRecruitment: {
    academiesNotStarted: (summary: BlindRecruitmentSummary) => summary.academies.filter((row) => row.rolloutStatus === 'not-started'),
  },
  AcademyRecruitment: {
    academy: (row: AcademyRecruitment, _args: unknown, context: AppContext) => academyNode(context, row.urn),
    rolloutSince: (row: AcademyRecruitment) => row.rollout?.since ?? null,
    leadersTrained: (row: AcademyRecruitment) => row.rollout?.leadersTrained ?? null,
    leadersTotal: (row: AcademyRecruitment) => row.rollout?.leadersTotal ?? null,
  },
};
