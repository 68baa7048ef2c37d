/**
 * zod schemas of the records Equality Hub publishes, as Strapi's content API returns them.
 *
 * One schema per record is the single source of truth: its TypeScript type is inferred under the same
 * name, the aggregator parses everything it reads with it, and the enumerations inside come from the
 * vocabulary. Unknown keys are allowed (Strapi adds `id`, timestamps, `locale` …) and stripped.
 */
import { z } from 'zod';
import {
  ActionState,
  CharacteristicChoice,
  MeasureDirection,
  MeasureSource,
  Metric,
  PayFigure,
  Phase,
  ProgressStatus,
  PsedAim,
  PupilGroup,
  Rag,
  Recurrence,
  ReligiousCharacter,
  StatementKind,
  TargetGroup,
  TrustObjectiveCode,
  Unit,
} from './vocabulary';

/** A calendar date as Strapi stores `date` attributes. */
export const IsoDate = z.iso.date();
export const AcademicYear = z.string().regex(/^\d{4}\/\d{2}$/, 'an academic year such as "2024/25"');
export const Urn = z.string().regex(/^\d{6}$/, 'a URN of six digits');

const optionalDate = IsoDate.nullish();
const optionalText = z.string().nullish();

/** The identity Strapi 5 gives every document. */
const Document = z.object({ documentId: z.string().min(1) });

/**
 * How an objective is measured. With `source` "evidence", the values come from the academy's published
 * equality information (the figure for `metric` and `pupilGroup`, or with `gap` that figure minus its
 * complement's) and `current` is not typed; otherwise (unset: "typed") staff type `current`.
 */
export const Measure = z.object({
  source: z.enum(MeasureSource.values).nullish(),
  metric: z.enum(Metric.values).nullish(),
  pupilGroup: z.enum(PupilGroup.values).nullish(),
  gap: z.boolean().nullish(),
  direction: z.enum(MeasureDirection.values).nullish(),
  baseline: z.number().nullish(),
  target: z.number().nullish(),
  current: z.number().nullish(),
  unit: z.enum(Unit.values).nullish(),
});
export type Measure = z.infer<typeof Measure>;

/** A Trust objective's measure: one of the six gender pay gap figures, from the approved pay gap reports or typed. */
export const PayMeasure = z.object({
  source: z.enum(MeasureSource.values).nullish(),
  payFigure: z.enum(PayFigure.values).nullish(),
  direction: z.enum(MeasureDirection.values).nullish(),
  baseline: z.number().nullish(),
  target: z.number().nullish(),
  current: z.number().nullish(),
});
export type PayMeasure = z.infer<typeof PayMeasure>;

export const Action = z.object({
  description: z.string().min(1),
  responsible: optionalText,
  dueOn: optionalDate,
  state: z.enum(ActionState.values),
  completedOn: optionalDate,
});
export type Action = z.infer<typeof Action>;

export const Dates = z.object({
  start: optionalDate,
  end: optionalDate,
  ongoing: z.boolean().nullish(),
  recurrence: z.enum(Recurrence.values).nullish(),
  text: optionalText,
});
export type Dates = z.infer<typeof Dates>;

export const Milestone = z.object({
  date: optionalDate,
  note: z.string().min(1),
  rag: z.enum(Rag.values).nullish(),
});
export type Milestone = z.infer<typeof Milestone>;

/** A figure as stored: always a value, with the cohort it was measured on. */
export const Figure = z.object({
  metric: z.enum(Metric.values),
  pupilGroup: z.enum(PupilGroup.values),
  value: z.number(),
  unit: z.enum(Unit.values).nullish(),
  cohortSize: z.number().int().nonnegative().nullish(),
  comparatorValue: z.number().nullish(),
});
export type Figure = z.infer<typeof Figure>;

/** A figure as published: a small cohort's value is withheld and says why. */
export const PublishedFigure = Figure.extend({
  value: z.number().nullable(),
  marker: z.literal('c').nullish(),
  reason: z.string().nullish(),
});
export type PublishedFigure = z.infer<typeof PublishedFigure>;

export const AcademyRef = Document.extend({
  name: z.string(),
  slug: z.string(),
  urn: Urn,
});
export type AcademyRef = z.infer<typeof AcademyRef>;

export const Academy = AcademyRef.extend({
  phase: z.enum(Phase.values).nullish(),
  religiousCharacter: z.enum(ReligiousCharacter.values).nullish(),
  website: optionalText,
  joinedOn: optionalDate,
  leftOn: optionalDate,
  equalityLeadName: optionalText,
  equalityLeadEmail: optionalText,
  linkGovernor: optionalText,
});
export type Academy = z.infer<typeof Academy>;

export const ObjectivesPlan = Document.extend({
  title: z.string(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  approvedBy: optionalText,
  approvedOn: optionalDate,
  publishedAt: z.string().nullish(),
  academy: AcademyRef.nullish(),
});
export type ObjectivesPlan = z.infer<typeof ObjectivesPlan>;

export const Objective = Document.extend({
  psedAims: z.array(z.enum(PsedAim.values)).min(1),
  protectedCharacteristics: z.array(z.enum(CharacteristicChoice.values)),
  targetGroups: z.array(z.enum(TargetGroup.values)),
  otherTargetGroups: optionalText,
  aim: optionalText,
  objective: z.string().min(1),
  measure: Measure.nullish(),
  actions: z.array(Action).default([]),
  responsible: optionalText,
  dates: Dates.nullish(),
  milestones: z.array(Milestone).default([]),
  progressStatus: z.enum(ProgressStatus.values).nullish(),
  updatedAt: z.string().nullish(),
  publishedAt: z.string().nullish(),
  academy: AcademyRef.nullish(),
  plan: Document.extend({ title: z.string() }).nullish(),
});
export type Objective = z.infer<typeof Objective>;

/** An uploaded file as Strapi's media library serves it; `size` is in kilobytes, `url` may be relative. */
export const PublishedFile = z.object({
  url: z.string().min(1),
  name: z.string(),
  mime: optionalText,
  size: z.number().nullish(),
});
export type PublishedFile = z.infer<typeof PublishedFile>;

export const Statement = Document.extend({
  kind: z.enum(StatementKind.values),
  title: z.string(),
  body: optionalText,
  /** The statement as a document (usually a PDF), when one was uploaded and populated. */
  document: PublishedFile.nullish(),
  approvedBy: optionalText,
  approvedOn: optionalDate,
  lastReviewedOn: optionalDate,
  nextReviewDue: optionalDate,
  reviewFrequencyMonths: z.number().int().nullish(),
  publishedAt: z.string().nullish(),
  academy: AcademyRef.nullish(),
});
export type Statement = z.infer<typeof Statement>;

export const EqualityInformation = Document.extend({
  academicYear: AcademicYear,
  publishedOn: IsoDate,
  figures: z.array(PublishedFigure).default([]),
  narrative: optionalText,
  academy: AcademyRef.nullish(),
});
export type EqualityInformation = z.infer<typeof EqualityInformation>;

export const Trust = Document.extend({
  name: z.string(),
  companyNumber: optionalText,
  website: optionalText,
  equalityOwnerName: optionalText,
  equalityOwnerEmail: optionalText,
});
export type Trust = z.infer<typeof Trust>;

export const TrustObjectiveContribution = Document.extend({
  note: optionalText,
  progressStatus: z.enum(ProgressStatus.values).nullish(),
  academy: AcademyRef.nullish(),
  trustObjective: Document.extend({ code: z.enum(TrustObjectiveCode.values) }).nullish(),
});
export type TrustObjectiveContribution = z.infer<typeof TrustObjectiveContribution>;

export const TrustObjective = Document.extend({
  code: z.enum(TrustObjectiveCode.values),
  title: z.string(),
  owner: optionalText,
  progressStatus: z.enum(ProgressStatus.values).nullish(),
  measure: optionalText,
  payMeasure: PayMeasure.nullish(),
  periodStart: optionalDate,
  periodEnd: optionalDate,
  contributions: z.array(TrustObjectiveContribution).default([]),
});
export type TrustObjective = z.infer<typeof TrustObjective>;
