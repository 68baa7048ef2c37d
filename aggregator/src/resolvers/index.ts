/** Every resolver, with the vocabulary's enums and the restricted fields guarded. */
import { DateScalar } from '../schema/date';
import { generatedEnumResolvers } from '../schema/enums';
import { guardRestrictedFields } from '../schema/restricted';
import { typeDefs } from '../schema/sdl';
import { academyResolvers } from './academy';
import { auditTrailResolvers } from './audit-trail';
import { blindRecruitmentResolvers } from './blind-recruitment';
import { measureResolvers } from './measure';
import { payGapResolvers } from './pay-gap';
import { payMeasureResolvers } from './pay-measure';
import { queryResolvers } from './query';
import { reportResolvers } from './report';
import { sourceResolvers } from './sources';
import { trendsResolvers } from './trends';
import { trustObjectiveResolvers } from './trust-objective';

export const resolvers = guardRestrictedFields(typeDefs, {
  Date: DateScalar as unknown as Record<string, unknown>,
  ...generatedEnumResolvers,
  ...academyResolvers,
  ...reportResolvers,
  ...trustObjectiveResolvers,
  Objective: { ...academyResolvers.Objective, ...measureResolvers.Objective },
  Measure: measureResolvers.Measure,
  TrustObjective: { ...trustObjectiveResolvers.TrustObjective, ...payMeasureResolvers.TrustObjective },
  PayMeasure: payMeasureResolvers.PayMeasure,
  Trends: trendsResolvers.Trends,
  GenderPayGap: payGapResolvers.GenderPayGap,
  BlindRecruitment: blindRecruitmentResolvers.BlindRecruitment,
  AcademyRecruitment: blindRecruitmentResolvers.AcademyRecruitment,
  SourceStatus: sourceResolvers.SourceStatus,
  Query: {
    ...queryResolvers.Query,
    ...sourceResolvers.Query,
    ...payGapResolvers.Query,
    ...blindRecruitmentResolvers.Query,
    ...auditTrailResolvers.Query,
    ...trendsResolvers.Query,
  },
});
