/** Academies and what hangs off them: thin, everything comes from this request's loaders. */
import { isoDate, planInForce, type Academy, type AcademyRef, type ObjectivesPlan } from '@equality-hub/domain';
import type { AppContext } from '../context';

/** An academy as GraphQL sees it: the record plus the source it was read from. */
export type AcademyNode = Academy & { source: string };

/** The merged academy with this URN, or null when it is left out (conflict, missing, unknown). */
export async function academyNode(context: AppContext, urn: string): Promise<AcademyNode | null> {
  const { academies } = await context.loaders.academies();
  const owned = academies.find((entry) => entry.academy.urn === urn);
  return owned ? { ...owned.academy, source: owned.source } : null;
}

const byUrn = (parent: { academy?: AcademyRef | null }, _args: unknown, context: AppContext) =>
  parent.academy ? academyNode(context, parent.academy.urn) : null;

/** The plan in force today, else the one that started last. */
function currentPlan(plans: ObjectivesPlan[]): ObjectivesPlan | null {
  const latest = [...plans].sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0];
  return planInForce(plans, isoDate()) ?? latest ?? null;
}

export const academyResolvers = {
  Academy: {
    plan: async (parent: AcademyNode, _args: unknown, context: AppContext) =>
      currentPlan(await context.loaders.academyRecords(parent.urn, 'plans')),
    plans: (parent: AcademyNode, _args: unknown, context: AppContext) => context.loaders.academyRecords(parent.urn, 'plans'),
    objectives: (parent: AcademyNode, _args: unknown, context: AppContext) => context.loaders.academyRecords(parent.urn, 'objectives'),
    statements: (parent: AcademyNode, _args: unknown, context: AppContext) => context.loaders.academyRecords(parent.urn, 'statements'),
    information: (parent: AcademyNode, _args: unknown, context: AppContext) => context.loaders.academyRecords(parent.urn, 'information'),
  },
  Objective: {
    academy: byUrn,
    planTitle: (parent: { plan?: { title: string } | null }) => parent.plan?.title ?? null,
  },
  Contribution: {
    academy: byUrn,
    academyName: (parent: { academy?: AcademyRef | null }) => parent.academy?.name ?? null,
  },
};
