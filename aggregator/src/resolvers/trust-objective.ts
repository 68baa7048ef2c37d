/**
 * What the Trust's own objectives carry in a report: the gender pay gap objective its published figures
 * (public, once approved) and, for executives, the latest snapshot's approved or not; the HR equalities
 * data objective the published workforce profile; the blind-recruitment objective, for executives, the
 * share of the year's vacancies shortlisted anonymously.
 */
import type { TrustObjective, TrustObjectiveCodeValue } from '@equality-hub/domain';
import type { AppContext } from '../context';
import { publishedNode, snapshotFacts, workforceNode } from '../pay-gap/nodes';
import { latestPublicationOn, latestSnapshotOn } from '../pay-gap/snapshots';
import { blindRecruitmentOf } from './blind-recruitment';
import { genderPayGapOf } from './pay-gap';

/** A Trust objective within a report, with the day and year the report is judged on. */
export type TrustObjectiveNode = TrustObjective & { report: { asOf: string; academicYear: string } };

/** Resolves a field for objectives of one code only (null for the others, without reading anything). */
const forCode =
  <T>(code: TrustObjectiveCodeValue, resolve: (objective: TrustObjectiveNode, context: AppContext) => Promise<T>) =>
  (objective: TrustObjectiveNode, _args: unknown, context: AppContext) =>
    objective.code === code ? resolve(objective, context) : null;

const publicationOf = async (objective: TrustObjectiveNode, context: AppContext) =>
  latestPublicationOn(await context.loaders.trust.publications(), objective.report.asOf);

export const trustObjectiveResolvers = {
  TrustObjective: {
    publishedPayGap: forCode('gender-pay-gap', async (objective, context) => {
      const publication = await publicationOf(objective, context);
      return publication && publishedNode(publication);
    }),
    latestPayGap: forCode('gender-pay-gap', async (objective, context) => {
      const snapshot = latestSnapshotOn(await context.loaders.trust.paySnapshots(), objective.report.asOf);
      return snapshot && genderPayGapOf(context, snapshot, undefined);
    }),
    publishedWorkforceProfile: forCode('hr-equalities-data', async (objective, context) => {
      const publication = await publicationOf(objective, context);
      return publication && workforceNode(snapshotFacts(publication), publication.workforceProfile);
    }),
    anonymisedVacancyPercent: forCode('blind-recruitment', async (objective, context) =>
      (await blindRecruitmentOf(context, objective.report.academicYear, objective.report.asOf)).anonymisedPercent),
  },
};
