/**
 * The GraphQL schema: names here are a contract with the Trust's dashboards. Enumerations are not
 * written here: schema/enums.ts generates them from the vocabulary, so GraphQL never drifts from it.
 * Fields marked `@restricted` are answered to Trust executives only (schema/restricted.ts). The pay,
 * workforce and recruitment types are in workforce-sdl.ts, the audit trail's in audit-sdl.ts, measures'
 * evidence and the trends in evidence-sdl.ts.
 */
import { auditTypeDefs } from './audit-sdl';
import { evidenceTypeDefs } from './evidence-sdl';
import { workforceTypeDefs } from './workforce-sdl';

const contract = /* GraphQL */ `
"""Answered to a Trust executive only; anyone else gets null and an UNAUTHENTICATED or FORBIDDEN error."""
directive @restricted on FIELD_DEFINITION

"""A calendar date, YYYY-MM-DD."""
scalar Date

type Query {
  """Every academy of the Trust, merged across sources by URN (conflicting academies are left out)."""
  academies: [Academy!]!
  """One academy by its slug; an error when two academies (two URNs) share the slug."""
  academy(slug: String!): Academy
  """
  The Trust-wide report. academicYear (such as "2025/26") selects the year whose equality information and
  objectives are reported; asOf (default today) is the day every statutory and overdue rule is judged on.
  """
  trustReport(academicYear: String!, asOf: Date): TrustReport!
  """The Strapi sources and how they answered this request."""
  sources: [Source!]!
  """
  The gender pay gap of the 31 March snapshot of snapshotYear (else that year's latest snapshot), approved
  or not. Without academy: the Trust's figures, from every pay record of the Trust. With academy (a slug,
  or "central-team"): that academy's own figures, small numbers withheld. Null when there is no snapshot.
  """
  genderPayGap(snapshotYear: Int!, academy: String): GenderPayGap @restricted
  """The Trust's ethnicity pay gap for that snapshot; null when there is none."""
  ethnicityPayGap(snapshotYear: Int!): EthnicityPayGap @restricted
  """The Trust's workforce profile for that snapshot, small numbers withheld; null when there is none."""
  workforceProfile(snapshotYear: Int!): WorkforceProfile @restricted
  """
  Blind recruitment in an academic year (such as "2025/26": vacancies opened 1 September 2025 to 31 August
  2026); rollout statuses are read on asOf (default today), or the year's last day if earlier.
  """
  blindRecruitment(academicYear: String!, asOf: Date): BlindRecruitment @restricted
  """
  The Trust source's audit trail, oldest first: from and to are whole UTC days (inclusive), academy a slug,
  type a content type (its UID or name, such as "objective"), actor an e-mail, an API token's name or "system".
  """
  auditTrail(from: Date, to: Date, academy: String, type: String, actor: String): [AuditEntry!] @restricted
  """
  Series over the years (attainment and attendance gaps, pay gaps, anonymised shortlisting), for the whole
  Trust or, with academy (a slug), one academy; NOT_FOUND for an unknown slug.
  """
  trends(academy: String): Trends!
}

type Academy {
  urn: String!
  slug: String!
  name: String!
  phase: Phase
  religiousCharacter: ReligiousCharacter
  website: String
  joinedOn: Date
  """The day the academy left the Trust: it stays listed here, but Trust reports from that day leave it out."""
  leftOn: Date
  """The source this academy was read from."""
  source: String!
  """The objectives plan in force today, else the latest one."""
  plan: ObjectivesPlan
  plans: [ObjectivesPlan!]
  objectives: [Objective!]
  statements: [Statement!]
  information: [EqualityInformation!]
}

type ObjectivesPlan {
  documentId: ID!
  title: String!
  periodStart: Date!
  periodEnd: Date!
  approvedBy: String
  approvedOn: Date
}

type Objective {
  documentId: ID!
  academy: Academy
  planTitle: String
  psedAims: [PsedAim!]!
  protectedCharacteristics: [CharacteristicChoice!]!
  targetGroups: [TargetGroup!]!
  otherTargetGroups: String
  aim: String
  objective: String!
  measure: Measure
  actions: [Action!]!
  milestones: [Milestone!]!
  responsible: String
  progressStatus: ProgressStatus
}

"""
How an objective is measured. With source EVIDENCE its values come from the academy's published equality
information: the figure for metric and pupilGroup (the all-pupils figure when pupilGroup is empty), or with
gap the difference to the complement group. With TYPED (the default), staff type current.
"""
type Measure {
  source: MeasureSource!
  metric: Metric
  pupilGroup: PupilGroup
  """EVIDENCE only: the measure is pupilGroup's figure minus its complement's (DISADVANTAGED − NOT_DISADVANTAGED)."""
  gap: Boolean!
  direction: MeasureDirection
  baseline: Float
  target: Float
  """TYPED: as typed. EVIDENCE: the latest published year's value; null when withheld (progress says why)."""
  current: Float
  """As set, or for EVIDENCE the metric's unit (a gap in PERCENT is in percentage points)."""
  unit: Unit
  """EVIDENCE: one point per year of published information giving the figure, oldest first. TYPED: empty."""
  series: [MeasurePoint!]!
  """Computed over the objective's plan (periodStart to periodEnd); a typed current value counts as of today."""
  progress: MeasureProgress!
}

type Action {
  description: String!
  responsible: String
  dueOn: Date
  state: ActionState!
  completedOn: Date
}

type Milestone {
  date: Date
  note: String!
  rag: Rag
}

type Statement {
  documentId: ID!
  kind: StatementKind!
  title: String!
  approvedBy: String
  approvedOn: Date
  lastReviewedOn: Date
  nextReviewDue: Date
  reviewFrequencyMonths: Int
}

type EqualityInformation {
  documentId: ID!
  academicYear: String!
  publishedOn: Date!
  narrative: String
  figures: [Figure!]!
}

"""A published figure; a small cohort's value is withheld (null) with marker "c" and the reason."""
type Figure {
  metric: Metric!
  pupilGroup: PupilGroup!
  value: Float
  unit: Unit
  cohortSize: Int
  comparatorValue: Float
  marker: String
  reason: String
}

type TrustReport {
  academicYear: String!
  asOf: Date!
  """Academies counted in the totals (merged, without conflicts or missing ones)."""
  academyCount: Int!
  """One entry per academy; null (with an error) when its source could not be read."""
  compliance: [AcademyCompliance]!
  ragCounts: RagCounts!
  coverage: Coverage!
  """staleAfterDays: how long without a progress update makes an objective stale (default 120)."""
  progress(staleAfterDays: Int): Progress!
  """The Trust's own objectives, each with every academy's contribution; null when the Trust source is down."""
  trustObjectives: [TrustObjective!]
  """Academies published by several sources with no single authoritative one: left out of totals."""
  conflicts: [Conflict!]!
  """Academies left out because their source could not be read."""
  missingAcademies: [MissingAcademy!]!
}

type AcademyCompliance {
  academy: Academy!
  rag: Rag!
  """Why the verdict is not green, statutory failures first."""
  findings: [String!]!
  """The latest equality information on or before asOf, with its academic year; null when none."""
  information: InformationCompliance
  """The objectives plan in force on asOf; null when none."""
  plan: PlanCompliance
  objectiveCount: Int!
  measurableObjectiveCount: Int!
  statements: [StatementCompliance!]!
}

type InformationCompliance {
  academicYear: String!
  publishedOn: Date!
  """Published no more than 12 months before asOf."""
  current: Boolean!
}

type PlanCompliance {
  title: String!
  periodStart: Date!
  periodEnd: Date!
  withinFourYears: Boolean!
}

type StatementCompliance {
  title: String!
  approved: Boolean!
  reviewDue: Date
  overdue: Boolean!
}

type RagCounts {
  red: Int!
  amber: Int!
  green: Int!
}

type Coverage {
  """PSED aim × protected characteristic, 27 cells."""
  cells: [CoverageCell!]!
  """Applicable cells no academy addresses."""
  gaps: [CoverageCell!]!
  """Objectives for all protected characteristics (each also counted in every cell)."""
  allCount: Int!
  """Objectives that name age for pupils, whom the age duty does not cover."""
  agedPupilObjectives: [Objective!]!
}

type CoverageCell {
  aim: PsedAim!
  characteristic: ProtectedCharacteristic!
  objectiveCount: Int!
  academyCount: Int!
  """Marriage and civil partnership × aims (b) and (c): never a gap."""
  notApplicable: Boolean!
  gap: Boolean!
}

type Progress {
  objectiveCount: Int!
  byStatus: [StatusCount!]!
  noStatusCount: Int!
  """Open actions past their due date, most overdue first."""
  overdueActions: [OverdueAction!]!
  staleAfterDays: Int!
  """Objectives with no progress update (dated milestone or completed action) within staleAfterDays."""
  staleObjectives: [StaleObjective!]!
}

type StatusCount {
  status: ProgressStatus!
  count: Int!
}

type OverdueAction {
  objective: Objective!
  description: String!
  responsible: String
  dueOn: Date!
  daysOverdue: Int!
}

type StaleObjective {
  objective: Objective!
  lastUpdateOn: Date
}

type TrustObjective {
  documentId: ID!
  code: TrustObjectiveCode!
  title: String!
  owner: String
  progressStatus: ProgressStatus
  """How the objective is measured, in words."""
  measure: String
  """Measured by a gender pay gap figure; null when none is set."""
  payMeasure: PayMeasure
  periodStart: Date
  periodEnd: Date
  contributions: [Contribution!]!
  """
  The gender-pay-gap objective only: the Trust's six figures (and quarters) of the latest snapshot approved
  for publication on or before the report's asOf, as published. Null for other objectives or before any approval.
  """
  publishedPayGap: GenderPayGap
  """The gender-pay-gap objective only: the latest snapshot on or before asOf, approved or not."""
  latestPayGap: GenderPayGap @restricted
  """The hr-equalities-data objective only: the published workforce profile of that approved snapshot."""
  publishedWorkforceProfile: WorkforceProfile
  """
  The blind-recruitment objective only: the share of the report's academic year's vacancies shortlisted
  anonymously, Trust-wide. Restricted, as vacancies are read on the restricted routes.
  """
  anonymisedVacancyPercent: Float @restricted
}

type Contribution {
  academy: Academy
  academyName: String
  note: String
  progressStatus: ProgressStatus
}

type Conflict {
  urn: String!
  sources: [String!]!
}

type MissingAcademy {
  urn: String!
  name: String
  sources: [String!]!
  reason: String!
}

enum SourceStatus {
  """Every request answered in time."""
  OK
  """Some requests failed or were retried, or over 5 % of records were rejected."""
  DEGRADED
  """No answer."""
  DOWN
}

type Source {
  name: String!
  status: SourceStatus!
  """The slowest request of the latest read, in milliseconds."""
  latencyMs: Int
  trust: Boolean!
  baseUrl: String @restricted
  rejectedRecords: [RejectedRecord!] @restricted
}

type RejectedRecord {
  type: String!
  id: String
  field: String!
  reason: String!
}
`;

export const typeDefs = `${contract}\n${workforceTypeDefs}\n${auditTypeDefs}\n${evidenceTypeDefs}`;
