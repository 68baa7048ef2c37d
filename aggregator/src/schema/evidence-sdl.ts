/**
 * Measures tied to their evidence, their computed progress, and the trends over the years. Part of the
 * contract in sdl.ts (Measure.series and .progress, TrustObjective.payMeasure and Query.trends return
 * these types); kept apart because it is one subject.
 */
export const evidenceTypeDefs = /* GraphQL */ `
"""
One value of a measure or trend: a year of an academy's published equality information (dated 31 August
closing the academic year), or a gender pay gap snapshot (dated on the snapshot day).
"""
type MeasurePoint {
  """The academic year of the equality information, such as "2024/25"; null for a pay figure."""
  academicYear: String
  """The pay snapshot's date; null for equality information."""
  snapshotDate: Date
  """The day the value describes: 31 August closing the academic year, or the snapshot date."""
  observedOn: Date!
  """Null when withheld, blank or not published: reason says why."""
  value: Float
  """Withheld for small numbers (a cohort under 10, or for a gap either half's): never used as a current value."""
  suppressed: Boolean!
  reason: String
  """Pay figures only: approved for publication by Trust HR."""
  approved: Boolean
}

"""
The verdict computed on a measure's values, shown beside the status staff set (progressStatus) and never
instead of it. The value expected on a day lies on the straight line from (plan start, baseline) to (plan
end, target). The latest value is: ACHIEVED once at or beyond the target; ON_TRACK within 10 % of
|target − baseline| of the expected value on its day, or beyond it in the measure's direction; BEHIND
otherwise. NOT_ENOUGH_DATA: no value after the plan's start, a latest value withheld or blank (the reason
says why), or no baseline or target.
"""
type MeasureProgress {
  verdict: ProgressVerdict!
  """The value expected on the latest value's day (two decimals); null when there is nothing to judge."""
  expected: Float
  expectedOn: Date
  """One sentence with the numbers, such as "the 2024/25 gap is -4.2, at or beyond the -4.93 expected on 2025-08-31"."""
  reason: String!
}

"""
A Trust objective measured by one of the six gender pay gap figures (percentages), over the period from
periodStart to periodEnd. With source EVIDENCE the values come from the pay gap reports approved on or
before the report's asOf (public); TYPED: current is typed by staff.
"""
type PayMeasure {
  source: MeasureSource!
  payFigure: PayFigure
  direction: MeasureDirection
  baseline: Float
  target: Float
  """Typed, or the figure of the latest approved snapshot (null when blank: series says why)."""
  current: Float
  """One point per approved snapshot, oldest first; empty for a typed measure."""
  series: [MeasurePoint!]!
  progress: MeasureProgress!
  """The same, counting the snapshots not yet approved too (snapshot dated on or before asOf)."""
  includingUnapproved: PayMeasureEvidence @restricted
}

type PayMeasureEvidence {
  current: Float
  series: [MeasurePoint!]!
  progress: MeasureProgress!
}

"""
Series over the years, for the Board's charts. With an academy (a slug), its gaps and its vacancies only;
the pay gap figures are always the Trust's, the employer's.
"""
type Trends {
  """
  Attainment and attendance gaps by pupil group, one series per academy (in the Trust today), metric and
  published pupil group that has a complement (DISADVANTAGED against NOT_DISADVANTAGED, BOYS against GIRLS
  …), from the published equality information. Each point's value is the group's figure minus its
  complement's (percentage points for percentages), withheld when either figure is. Null with a
  SOURCE_UNAVAILABLE error when an academy's information could not be read.
  """
  gaps(metric: Metric, pupilGroup: PupilGroup): [GapTrend!]
  """The Trust's gender pay gap figures of every approved snapshot, as published, oldest first."""
  payGaps: [GenderPayGap!]!
  """The Trust's figures of every snapshot not yet approved, oldest first."""
  unapprovedPayGaps: [GenderPayGap!] @restricted
  """The share of vacancies shortlisted anonymously (fully or partly), by the academic year they opened in."""
  anonymisedShortlisting: [RecruitmentYear!] @restricted
}

type GapTrend {
  academy: Academy!
  metric: Metric!
  pupilGroup: PupilGroup!
  """The complement the gap is taken against."""
  comparedWith: PupilGroup!
  """The metric's unit: a gap in PERCENT is in percentage points."""
  unit: Unit!
  """One point per year of information giving either figure, oldest first; value is the gap."""
  points: [MeasurePoint!]!
}
`;
