/** The Trust report's fields: each calls one calculation from @equality-hub/domain and shapes it. */
import {
  assessCompliance,
  coverage,
  planInForce,
  progress,
  type Objective,
  type RagValue,
  type TrustObjective,
} from '@equality-hub/domain';
import type { AppContext } from '../context';
import { AggregatorError, ErrorCode } from '../errors';
import { objectivesInYear, type AcademyData, type ReportData } from '../report';
import { academyNode } from './academy';
import type { TrustObjectiveNode } from './trust-objective';

function compliance(academy: AcademyData, report: ReportData) {
  const plan = planInForce(academy.plans, report.asOf);
  const objectives = plan ? academy.objectives.filter((objective) => objective.plan?.documentId === plan.documentId) : [];
  return assessCompliance({ ...academy, objectives }, report);
}

/** The calculations key objectives by URN; GraphQL wants the objective back. */
function yearObjectives(report: ReportData) {
  const objectives = report.complete.flatMap((academy) => objectivesInYear(academy, report.academicYear));
  const original = new Map<string, Objective>(objectives.map((objective) => [objective.documentId, objective]));
  const keyed = objectives.map((objective) => ({ ...objective, academy: objective.academy?.urn ?? '' }));
  return { keyed, original: (documentId: string) => original.get(documentId)! };
}

export const reportResolvers = {
  TrustReport: {
    academyCount: (report: ReportData) => report.complete.length,
    compliance: (report: ReportData, _args: unknown, context: AppContext) =>
      report.entries.map((entry) => {
        // An Error in a list becomes that item's null plus an error at its path.
        if ('error' in entry) return entry.error;
        return { ...compliance(entry, report), academy: academyNode(context, entry.academy.urn) };
      }),
    ragCounts: (report: ReportData) => {
      const counts: Record<RagValue, number> = { red: 0, amber: 0, green: 0 };
      for (const academy of report.complete) counts[compliance(academy, report).rag] += 1;
      return counts;
    },
    coverage: (report: ReportData) => {
      const { keyed, original } = yearObjectives(report);
      const result = coverage(keyed);
      return {
        ...result,
        cells: result.cells.map((cell) => ({ ...cell, gap: !cell.notApplicable && cell.objectiveCount === 0 })),
        gaps: result.gaps.map((cell) => ({ ...cell, gap: true })),
        agedPupilObjectives: result.agedPupilObjectives.map((objective) => original(objective.documentId)),
      };
    },
    progress: (report: ReportData, args: { staleAfterDays?: number | null }, context: AppContext) => {
      const staleAfterDays = args.staleAfterDays ?? context.staleAfterDays;
      if (staleAfterDays < 1) throw new AggregatorError(ErrorCode.BAD_USER_INPUT, 'staleAfterDays must be at least 1');
      const { keyed, original } = yearObjectives(report);
      const result = progress(keyed, { asOf: report.asOf, staleAfterDays });
      return {
        ...result,
        staleAfterDays,
        overdueActions: result.overdueActions.map((action) => ({ ...action, objective: original(action.objective.documentId) })),
        staleObjectives: result.staleObjectives.map((stale) => ({ ...stale, objective: original(stale.objective.documentId) })),
      };
    },
    trustObjectives: async (report: ReportData, _args: unknown, context: AppContext): Promise<TrustObjectiveNode[]> => {
      const trust = context.sources.find((source) => source.config.trust)!;
      const outcome = await context.loaders.outcomes.load({ source: trust.name, type: 'trust-objectives' });
      if (!outcome.ok) {
        throw new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, `The Trust objectives could not be read: source "${trust.name}" ${outcome.reason}`, {
          source: trust.name,
        });
      }
      const judged = { asOf: report.asOf, academicYear: report.academicYear };
      return (outcome.records as TrustObjective[]).map((objective) => ({ ...objective, report: judged }));
    },
    conflicts: async (_report: ReportData, _args: unknown, context: AppContext) => (await context.loaders.academies()).conflicts,
    missingAcademies: (report: ReportData) => report.missing,
  },
};
