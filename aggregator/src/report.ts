/**
 * Gathers what a Trust report is computed from: every merged academy in the Trust on `asOf`, with its plans, objectives,
 * statements and information, from this request's loaders. An academy whose source could not be read is
 * kept as an error (its report entry is null) and listed as missing; it is never silently counted.
 */
import { inTrustOn, type EqualityInformation, type Objective, type ObjectivesPlan, type Statement } from '@equality-hub/domain';
import { academicYearBounds } from './academic-year';
import type { Loaders } from './loaders';
import type { MissingAcademy, OwnedAcademy } from './merge';

export interface AcademyData extends OwnedAcademy {
  plans: ObjectivesPlan[];
  objectives: Objective[];
  statements: Statement[];
  information: EqualityInformation[];
}

export interface ReportData {
  academicYear: string;
  asOf: string;
  /** In the merged order; an Error where the academy's records could not be read. */
  entries: (AcademyData | { academy: OwnedAcademy; error: Error })[];
  complete: AcademyData[];
  missing: MissingAcademy[];
}

/** Objectives whose plan runs at some point in the academic year. */
export function objectivesInYear(academy: AcademyData, academicYear: string): Objective[] {
  const { from, to } = academicYearBounds(academicYear);
  const plans = new Map(academy.plans.map((plan) => [plan.documentId, plan]));
  return academy.objectives.filter((objective) => {
    const plan = objective.plan && plans.get(objective.plan.documentId);
    return plan != null && plan.periodStart <= to && plan.periodEnd >= from;
  });
}

export async function gatherReport(loaders: Loaders, academicYear: string, asOf: string): Promise<ReportData> {
  const merged = await loaders.academies();
  // Academies that have left (or not yet joined) stay in history but not in a report judged on `asOf`.
  const current = merged.academies.filter((owned) => inTrustOn(owned.academy, asOf));
  const entries = await Promise.all(
    current.map(async (owned) => {
      const urn = owned.academy.urn;
      try {
        const [plans, objectives, statements, information] = await Promise.all([
          loaders.academyRecords(urn, 'plans'),
          loaders.academyRecords(urn, 'objectives'),
          loaders.academyRecords(urn, 'statements'),
          loaders.academyRecords(urn, 'information'),
        ]);
        return { ...owned, plans, objectives, statements, information };
      } catch (error) {
        return { academy: owned, error: error as Error };
      }
    }),
  );
  const complete = entries.filter((entry): entry is AcademyData => !('error' in entry));
  const failed = entries.filter((entry): entry is { academy: OwnedAcademy; error: Error } => 'error' in entry);
  return {
    academicYear,
    asOf,
    entries,
    complete,
    missing: [
      ...merged.missing,
      ...failed.map(({ academy }) => ({
        urn: academy.academy.urn,
        name: academy.academy.name,
        sources: [academy.source],
        reason: `its source "${academy.source}" could not be read in full`,
      })),
    ],
  };
}
