/** The Board report from the GraphQL answer: the public sections for anyone, pay and recruitment for executives. */
import type { Report } from './model';
import type { BoardReportData } from './operation';
import type { ReportParams } from './params';
import { blindRecruitmentSection } from './sections/blind-recruitment';
import { complianceSection } from './sections/compliance';
import { coverageSection } from './sections/coverage';
import { payGapSection } from './sections/pay-gap';
import { progressSection } from './sections/progress';
import { trendsSection } from './sections/trends';

export interface ReportAnswer {
  data: BoardReportData;
  /** The operation's errors (already masked by the API's formatError): parts that could not be read. */
  errors: readonly { message: string }[];
}

export function buildReport(answer: ReportAnswer, params: ReportParams, executive: boolean): Report {
  const report = answer.data.trustReport;
  return {
    title: `Equality report to the Trust Board, ${params.academicYear}`,
    academicYear: params.academicYear,
    asOf: params.asOf,
    executive,
    notices: [...new Set(answer.errors.map((error) => error.message))],
    sections: [
      complianceSection(report),
      coverageSection(report),
      progressSection(report),
      trendsSection(answer.data.trends),
      ...(executive ? [payGapSection(report, answer.data.trends), blindRecruitmentSection(answer.data.blindRecruitment, params.academicYear)] : []),
    ],
  };
}
