/**
 * The one GraphQL operation the Board report is made from, executed in-process through Apollo with the
 * viewer's own context: the same resolvers, limits and access rules as any client's query, so the
 * report's numbers are the API's. Restricted parts are asked for only for a Trust executive
 * (`$executive`), so nobody else's request ever touches them.
 */
export const BOARD_REPORT_OPERATION = /* GraphQL */ `
  query BoardReport($academicYear: String!, $asOf: Date!, $executive: Boolean!) {
    trustReport(academicYear: $academicYear, asOf: $asOf) {
      academicYear
      asOf
      academyCount
      ragCounts { red amber green }
      compliance {
        academy { urn name }
        rag
        findings
        information { academicYear publishedOn current }
        plan { title periodStart periodEnd withinFourYears }
        objectiveCount
        measurableObjectiveCount
        statements { title approved reviewDue overdue }
      }
      coverage {
        allCount
        cells { aim characteristic objectiveCount academyCount notApplicable gap }
      }
      progress {
        objectiveCount
        noStatusCount
        staleAfterDays
        byStatus { status count }
        overdueActions { description responsible dueOn daysOverdue objective { objective academy { name } } }
        staleObjectives { lastUpdateOn objective { objective academy { name } } }
      }
      missingAcademies { urn name reason }
      trustObjectives @include(if: $executive) {
        code
        latestPayGap {
          snapshotDate
          approved
          relevantEmployees
          meanHourlyGapPercent
          medianHourlyGapPercent
          quartiles { quarter femalePercent malePercent }
        }
      }
    }
    trends {
      gaps { academy { urn name } metric pupilGroup comparedWith points { academicYear value suppressed } }
      payGaps { snapshotDate meanHourlyGapPercent medianHourlyGapPercent }
      unapprovedPayGaps @include(if: $executive) { snapshotDate meanHourlyGapPercent medianHourlyGapPercent }
    }
    blindRecruitment(academicYear: $academicYear, asOf: $asOf) @include(if: $executive) {
      statusOn
      vacancies
      anonymisedPercent
      panelTrainedPercent
      academies { urn name vacancies anonymisedPercent panelsTrained rolloutStatus rolloutSince leadersTrained leadersTotal }
      trend { academicYear vacancies anonymisedPercent }
    }
  }
`;

type Rag = 'RED' | 'AMBER' | 'GREEN';

export interface ComplianceEntry {
  academy: { urn: string; name: string };
  rag: Rag;
  findings: string[];
  information: { academicYear: string; publishedOn: string; current: boolean } | null;
  plan: { title: string; periodStart: string; periodEnd: string; withinFourYears: boolean } | null;
  objectiveCount: number;
  measurableObjectiveCount: number;
  statements: { title: string; approved: boolean; reviewDue: string | null; overdue: boolean }[];
}

export interface CoverageCell {
  aim: string;
  characteristic: string;
  objectiveCount: number;
  academyCount: number;
  notApplicable: boolean;
  gap: boolean;
}

interface ObjectiveRef {
  objective: string;
  academy: { name: string } | null;
}

export interface PayGapFigures {
  snapshotDate: string;
  approved: boolean;
  relevantEmployees: number | null;
  meanHourlyGapPercent: number | null;
  medianHourlyGapPercent: number | null;
  quartiles: { quarter: string; femalePercent: number | null; malePercent: number | null }[];
}

export interface AcademyRecruitment {
  urn: string;
  name: string;
  vacancies: number;
  anonymisedPercent: number | null;
  panelsTrained: number;
  rolloutStatus: string;
  rolloutSince: string | null;
  leadersTrained: number | null;
  leadersTotal: number | null;
}

export interface BlindRecruitment {
  statusOn: string;
  vacancies: number;
  anonymisedPercent: number | null;
  panelTrainedPercent: number | null;
  academies: AcademyRecruitment[];
  trend: { academicYear: string; vacancies: number; anonymisedPercent: number | null }[];
}

export interface GapTrend {
  academy: { urn: string; name: string };
  metric: string;
  pupilGroup: string;
  comparedWith: string;
  points: { academicYear: string | null; value: number | null; suppressed: boolean }[];
}

export interface PayGapPoint {
  snapshotDate: string;
  meanHourlyGapPercent: number | null;
  medianHourlyGapPercent: number | null;
}

export interface Trends {
  gaps: GapTrend[] | null;
  payGaps: PayGapPoint[];
  unapprovedPayGaps?: PayGapPoint[] | null;
}

/** What the operation answers (null where a part failed; its error says why). */
export interface BoardReportData {
  trustReport: {
    academicYear: string;
    asOf: string;
    academyCount: number;
    ragCounts: { red: number; amber: number; green: number };
    compliance: (ComplianceEntry | null)[];
    coverage: { allCount: number; cells: CoverageCell[] };
    progress: {
      objectiveCount: number;
      noStatusCount: number;
      staleAfterDays: number;
      byStatus: { status: string; count: number }[];
      overdueActions: { description: string; responsible: string | null; dueOn: string; daysOverdue: number; objective: ObjectiveRef }[];
      staleObjectives: { lastUpdateOn: string | null; objective: ObjectiveRef }[];
    };
    missingAcademies: { urn: string; name: string | null; reason: string }[];
    trustObjectives?: { code: string; latestPayGap: PayGapFigures | null }[] | null;
  };
  trends: Trends | null;
  blindRecruitment?: BlindRecruitment | null;
}
