/**
 * The Trust as employer: gender and ethnicity pay gaps, the workforce profile and blind recruitment.
 * Part of the contract in sdl.ts (its Query and TrustObjective fields return these types); kept apart
 * because it is one subject.
 */
export const workforceTypeDefs = /* GraphQL */ `
"""A figure withheld for small numbers: the field (dotted path within its object) and why."""
type Suppression {
  field: String!
  reason: String!
}

"""
A gender pay gap (SI 2017/353 Schedule 1). Percentages to one decimal place, rounded half away from zero;
gaps are (men − women) ÷ men × 100, so positive when women are paid less. A blank or withheld figure is
null; every withheld one is listed in suppressed with its reason. The Trust's own figures are computed
from every pay record of the Trust (one employer) and never withheld.
"""
type GenderPayGap {
  snapshotDate: Date!
  snapshotYear: Int!
  """An academy's slug, "central-team" for staff employed centrally, null for the whole Trust."""
  academy: String
  """Approved for publication by Trust HR; unapproved figures are shown to Trust executives only."""
  approved: Boolean!
  approvedOn: Date
  relevantEmployees: Int
  fullPayRelevantEmployees: Int
  meanHourlyGapPercent: Float
  medianHourlyGapPercent: Float
  """Over relevant employees who received bonus pay in the 12 months; blank when no man did."""
  meanBonusGapPercent: Float
  medianBonusGapPercent: Float
  maleBonusPercent: Float
  femaleBonusPercent: Float
  """Lower, lower middle, upper middle, upper; each quarter's shares add up to exactly 100."""
  quartiles: [PayQuartile!]!
  """Who received bonus pay, which decides how the bonus gaps read (NO_WOMAN_RECEIVED: 100 %)."""
  bonusGapBasis: BonusGapBasis!
  method: PayGapMethod!
  """The Trust's size band as the government service writes it, judged on the Trust's headcount (the employer)."""
  employerSize: String!
  """The headcounts behind the figures; null in a published report, which carries only the statutory figures."""
  counts: PayGapCounts
  """The change since the previous year's snapshot, in percentage points; null without one."""
  change: GenderPayGapChange
  suppressed: [Suppression!]!
}

type PayQuartile {
  quarter: PayQuarter!
  malePercent: Float
  femalePercent: Float
}

"""How weekly hours were counted where the regulations leave it to the employer (stored on the Trust)."""
type PayGapMethod {
  termTimeOnly: TermTimeMethod!
  variableHoursShortService: ShortServiceMethod!
  statement: String!
}

type PayGapCounts {
  men: Int
  women: Int
  fullPayMen: Int
  fullPayWomen: Int
  menWithBonus: Int
  womenWithBonus: Int
}

"""Current − previous, between the rounded figures; null where either year's figure is blank or withheld."""
type GenderPayGapChange {
  comparedWith: Date!
  meanHourlyGapPercent: Float
  medianHourlyGapPercent: Float
  meanBonusGapPercent: Float
  medianBonusGapPercent: Float
  maleBonusPercent: Float
  femaleBonusPercent: Float
  """Lower to upper."""
  quartilesFemalePercent: [Float]!
}

"""
The ethnicity pay gap (GOV.UK guidance, 2023): each group's mean and median hourly gap against White
British, and all ethnic minorities together. A group is shown on its own only with 50 or more employees;
smaller ones are combined into their Census high-level group, whose gaps are withheld if still under 50.
"""
type EthnicityPayGap {
  snapshotDate: Date!
  snapshotYear: Int!
  approved: Boolean!
  approvedOn: Date
  """Full-pay relevant White British employees, the reference group."""
  referenceEmployees: Int!
  """Left out of every row, and counted: no ethnicity known, recorded or given."""
  excluded: EthnicityExcluded!
  rows: [EthnicityGapRow!]!
  method: PayGapMethod!
  suppressed: [Suppression!]!
}

type EthnicityExcluded {
  notKnown: Int!
  preferNotToSay: Int!
  notRecorded: Int!
}

type EthnicityGapRow {
  kind: EthnicityGapKind!
  """An ethnic group (white-irish), a high-level group (asian), or all-ethnic-minorities."""
  code: String!
  label: String!
  members: [String!]!
  employees: Int
  meanHourlyGapPercent: Float
  medianHourlyGapPercent: Float
}

"""Headcounts of relevant employees on the snapshot date (employee information duty, 150+ employees)."""
type WorkforceProfile {
  snapshotDate: Date!
  snapshotYear: Int!
  approved: Boolean!
  approvedOn: Date
  employeeInformationRequired: Boolean!
  total: Int
  bySex: HeadcountBySex!
  byEthnicity: [EthnicityHeadcount!]!
  byAcademy: [AcademyHeadcount!]!
  suppressed: [Suppression!]!
}

type HeadcountBySex {
  men: Int
  women: Int
}

type EthnicityHeadcount {
  """white-british, one of the five Census high-level groups, not-known, prefer-not-to-say or not-recorded."""
  category: String!
  label: String!
  count: Int
}

type AcademyHeadcount {
  """An academy's slug, or "central-team"."""
  academy: String!
  total: Int
  men: Int
  women: Int
}

"""
The blind-recruitment rollout in one academic year. A vacancy belongs to the year its openedOn falls in
(1 September to 31 August); it counts as anonymised when fully or partly anonymised at shortlisting.
"""
type BlindRecruitment {
  academicYear: String!
  from: Date!
  to: Date!
  """The day rollout statuses are read on: the year's last day, or asOf if earlier."""
  statusOn: Date!
  vacancies: Int!
  anonymisedVacancies: Int!
  anonymisedPercent: Float
  panelsTrained: Int!
  panelTrainedPercent: Float
  byMethod: [ShortlistingMethodCount!]!
  """Every academy in the Trust on statusOn, and any other with vacancies in the year."""
  academies: [AcademyRecruitment!]!
  academiesNotStarted: [AcademyRecruitment!]!
  """The Trust-wide figures of each academic year from the first vacancy's to this one."""
  trend: [RecruitmentYear!]!
  """Over the year's vacancies with an applicant breakdown by ethnicity; null when none has one."""
  relativeLikelihood: RelativeLikelihood
}

type ShortlistingMethodCount {
  method: ShortlistingMethod!
  count: Int!
}

type AcademyRecruitment {
  """Null when the academy is not among the merged academies (left out of the merge, or another source's)."""
  academy: Academy
  urn: String!
  name: String!
  vacancies: Int!
  anonymisedVacancies: Int!
  anonymisedPercent: Float
  panelsTrained: Int!
  panelTrainedPercent: Float
  byMethod: [ShortlistingMethodCount!]!
  """NOT_STARTED when no status is recorded."""
  rolloutStatus: RolloutStatus!
  rolloutSince: Date
  """Leaders who completed unconscious-bias training, of all leaders."""
  leadersTrained: Int
  leadersTotal: Int
}

type RecruitmentYear {
  academicYear: String!
  vacancies: Int!
  anonymisedVacancies: Int!
  anonymisedPercent: Float
  panelTrainedPercent: Float
}

"""
The relative likelihood of White shortlisted applicants being appointed compared with ethnic-minority
ones (after NHS WRES indicator 2): above 1, White applicants are the more likely. Counts under 10 are
withheld, and the value too when either group has fewer than 10 shortlisted; the value is also null,
without a suppression, when no ethnic-minority applicant was appointed (the ratio is undefined).
"""
type RelativeLikelihood {
  vacancies: Int!
  value: Float
  white: ShortlistCounts!
  ethnicMinority: ShortlistCounts!
  suppressed: [Suppression!]!
}

type ShortlistCounts {
  shortlisted: Int
  appointed: Int
}
`;
