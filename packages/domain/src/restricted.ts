/**
 * The wire format of the Trust's pay and recruitment data: the restricted routes under
 * `/api/equality/restricted/` (read by the aggregator with the restricted token) and the public pay gap
 * reports at `/api/equality/pay-gap-reports`. The plugin's controllers produce exactly these shapes and the
 * aggregator parses what it reads with them, so the two cannot drift.
 */
import { z } from 'zod';
import { AcademyRef, IsoDate } from './schemas';
import { AnonymisationEnds, AuditAction, AuditActorType, RoleCategory, RolloutStatus, ShortlistingMethod } from './vocabulary';
import { EMPLOYER_SIZES } from './pay-gap/employer-size';
import { QUARTERS } from './pay-gap/gender-pay-gap';
import { PayGapMethod } from './pay-gap/method';
import { Ethnicity, PaySex } from './pay-gap/records';

const count = z.number().int().nonnegative();
const figure = z.number().nullable();

/** `restricted.listPaySnapshots`: one row per snapshot, approved or not. */
export const PaySnapshotRow = z.object({
  documentId: z.string().min(1),
  snapshotDate: IsoDate,
  approvedOn: IsoDate.nullable(),
  approvedBy: z.string().nullable(),
  recordCount: count,
  method: PayGapMethod,
});
export type PaySnapshotRow = z.infer<typeof PaySnapshotRow>;

/** The shortlisting outcome of one group of applicants to a vacancy. */
const Outcome = z.object({ applicants: count, shortlisted: count, appointed: count });

export const ApplicantBreakdown = z.object({
  bySex: z.array(Outcome.extend({ sex: PaySex })),
  byEthnicity: z.array(Outcome.extend({ ethnicity: z.enum(Ethnicity.values).nullable() })),
});
export type ApplicantBreakdown = z.infer<typeof ApplicantBreakdown>;

/** `restricted.listVacancies`: a vacancy, with its applicant breakdown when Trust HR has recorded one. */
export const VacancyRow = Outcome.extend({
  documentId: z.string().min(1),
  academy: AcademyRef,
  title: z.string(),
  roleCategory: z.enum(RoleCategory.values),
  openedOn: IsoDate,
  closedOn: IsoDate.nullable(),
  shortlistingMethod: z.enum(ShortlistingMethod.values),
  anonymisedUntil: z.enum(AnonymisationEnds.values),
  panelTrained: z.boolean(),
  applicantBreakdown: ApplicantBreakdown.nullable(),
});
export type VacancyRow = z.infer<typeof VacancyRow>;

/** `restricted.listRecruitmentRollouts`: an academy's blind-recruitment status from a date. */
export const RecruitmentRolloutRow = z.object({
  documentId: z.string().min(1),
  academy: AcademyRef,
  status: z.enum(RolloutStatus.values),
  since: IsoDate,
  leadersTotal: count.nullable(),
  leadersTrained: count.nullable(),
});
export type RecruitmentRolloutRow = z.infer<typeof RecruitmentRolloutRow>;

const SuppressionSchema = z.object({ field: z.string(), reason: z.string() });

/** The Trust's published gender pay gap: the six statutory figures, the quarters, the method. */
export const PublishedGenderPayGap = z.object({
  relevantEmployees: count.nullable(),
  fullPayRelevantEmployees: count.nullable(),
  meanHourlyGapPercent: figure,
  medianHourlyGapPercent: figure,
  meanBonusGapPercent: figure,
  medianBonusGapPercent: figure,
  maleBonusPercent: figure,
  femaleBonusPercent: figure,
  quartiles: z.array(z.object({ quarter: z.enum(QUARTERS), malePercent: figure, femalePercent: figure })),
  bonusGapBasis: z.enum(['both-received', 'no-woman-received', 'no-man-received', 'nobody-received']),
  method: PayGapMethod.extend({ statement: z.string() }),
  suppressed: z.array(SuppressionSchema),
});
export type PublishedGenderPayGap = z.infer<typeof PublishedGenderPayGap>;

export const PublishedWorkforceProfile = z.object({
  employeeInformationRequired: z.boolean(),
  total: count.nullable(),
  bySex: z.object({ men: count.nullable(), women: count.nullable() }),
  byEthnicity: z.array(z.object({ category: z.string(), label: z.string(), count: count.nullable() })),
  byAcademy: z.array(z.object({ academy: z.string().nullable(), total: count.nullable(), men: count.nullable(), women: count.nullable() })),
  suppressed: z.array(SuppressionSchema),
});
export type PublishedWorkforceProfile = z.infer<typeof PublishedWorkforceProfile>;

/** `GET /api/equality/pay-gap-reports`: one approved snapshot's Trust-level publication. */
export const PayGapPublication = z.object({
  snapshotDate: IsoDate,
  snapshotYear: z.number().int(),
  approvedOn: IsoDate,
  /** Publication is due within 12 months: 30 March of the following year for a 31 March snapshot. */
  publishBy: IsoDate,
  employerSize: z.enum(EMPLOYER_SIZES),
  genderPayGap: PublishedGenderPayGap,
  workforceProfile: PublishedWorkforceProfile,
});
export type PayGapPublication = z.infer<typeof PayGapPublication>;

/** How many documents of one type a bulk entry (an import, the retention job) touched, by action. */
export const AuditCount = z.object({ contentType: z.string(), action: z.enum(AuditAction.values), count });
export type AuditCount = z.infer<typeof AuditCount>;

/**
 * `restricted.listAuditTrail`: one change to the Trust's equality data. `changedFields` holds field names
 * only, never values; `documentId` is the changed document's, `id` the entry's own.
 */
export const AuditEntryRow = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  actorType: z.enum(AuditActorType.values),
  actorId: z.string().nullable(),
  /** The admin user's e-mail, the API token's name, or `system`. */
  actorName: z.string(),
  action: z.enum(AuditAction.values),
  /** The content type's UID; null for an entry that spans types (the demo seed). */
  contentType: z.string().nullable(),
  documentId: z.string().nullable(),
  /** The academy's slug; null for Trust-level data (the Trust, its objectives, pay and recruitment detail). */
  academy: z.string().nullable(),
  changedFields: z.array(z.string()),
  counts: z.array(AuditCount),
  note: z.string().nullable(),
});
export type AuditEntryRow = z.infer<typeof AuditEntryRow>;

/**
 * The filters of `GET /api/equality/restricted/audit-trail`: whole UTC days `from` and `to` (inclusive),
 * an academy's slug, a content type (its UID or singular name, such as `objective`), and an actor (an
 * admin's e-mail, a token's name or `system`, any case).
 */
export const AuditTrailQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  academy: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
  actor: z.string().min(1).optional(),
});
export type AuditTrailQuery = z.infer<typeof AuditTrailQuery>;
