/**
 * The queries the bench measures: the whole public Trust report (compliance, coverage, progress and the
 * Trust's objectives), and the Trust's gender pay gap as an executive asks for it.
 */
import { REPORT_AS_OF, REPORT_YEAR, SNAPSHOT_YEAR } from '../generate/synthetic-trust';

export const REPORT_QUERY = `query Report($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    academyCount
    ragCounts { red amber green }
    compliance { academy { urn name } rag findings objectiveCount measurableObjectiveCount information { publishedOn current } plan { periodStart periodEnd withinFourYears } statements { reviewDue overdue approved } }
    coverage { allCount cells { aim characteristic objectiveCount academyCount notApplicable gap } }
    progress { objectiveCount noStatusCount byStatus { status count } overdueActions { dueOn daysOverdue } staleObjectives { lastUpdateOn } }
    trustObjectives { code title progressStatus contributions { academyName progressStatus } }
    missingAcademies { urn }
  }
}`;

export const REPORT_VARIABLES = { year: REPORT_YEAR, asOf: REPORT_AS_OF };

export const PAY_GAP_QUERY = `query PayGap($year: Int!) {
  genderPayGap(snapshotYear: $year) {
    snapshotDate relevantEmployees fullPayRelevantEmployees
    meanHourlyGapPercent medianHourlyGapPercent meanBonusGapPercent medianBonusGapPercent
    quartiles { quarter malePercent femalePercent }
  }
}`;

export const PAY_GAP_VARIABLES = { year: SNAPSHOT_YEAR };

/** A report small enough to run many times a second under load; the academies and missing ones only. */
export const LIGHT_REPORT_QUERY = `query Light($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) { academyCount ragCounts { red amber green } missingAcademies { urn } }
}`;
