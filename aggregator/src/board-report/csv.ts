/**
 * The Board report as CSV, in long form so that every row has the same five columns whatever the section:
 * section, key (a URN, a vocabulary value, a date …), label (what a person reads), metric, value. Codes are
 * the vocabulary's values; numbers are as the API gives them, unrounded and unformatted.
 */
import { ProgressStatus, ProtectedCharacteristic, PsedAim, Rag, RolloutStatus } from '@equality-hub/domain';
import { vocabularyValue } from './format';
import type { BoardReportData } from './operation';
import type { ReportParams } from './params';
import { latestPayGap, QUARTER_LABELS } from './sections/pay-gap';
import { focusGaps, gapLabel } from './sections/trends';

const CSV_COLUMNS = ['section', 'key', 'label', 'metric', 'value'] as const;

type Value = string | number | boolean | null | undefined;
type Row = readonly [section: string, key: string, label: string, metric: string, value: Value];

/**
 * One field, quoted when it must be. Text starting with = + - @ or a control character is prefixed with
 * an apostrophe so that a spreadsheet never runs it as a formula (names come from many schools' staff).
 */
export function csvField(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows(data: BoardReportData, params: ReportParams, executive: boolean): Row[] {
  const report = data.trustReport;
  const out: Row[] = [
    ['report', '', 'Academic year', 'academicYear', params.academicYear],
    ['report', '', 'Judged on', 'asOf', params.asOf],
    ['report', '', 'Academies in the Trust', 'academyCount', report.academyCount],
    ['report', '', 'Signed in as a Trust executive', 'executive', executive],
  ];
  for (const rag of Rag.values) out.push(['rag-counts', rag, Rag.label(rag), 'academies', report.ragCounts[rag]]);
  for (const entry of report.compliance) {
    if (!entry) continue;
    const { urn, name } = entry.academy;
    const row = (metric: string, value: Value): Row => ['compliance', urn, name, metric, value];
    out.push(
      row('rag', vocabularyValue(entry.rag)),
      row('informationAcademicYear', entry.information?.academicYear),
      row('informationPublishedOn', entry.information?.publishedOn),
      row('informationCurrent', entry.information?.current ?? false),
      row('planTitle', entry.plan?.title),
      row('planWithinFourYears', entry.plan?.withinFourYears),
      row('objectiveCount', entry.objectiveCount),
      row('measurableObjectiveCount', entry.measurableObjectiveCount),
      row('statementsOverdue', entry.statements.filter((statement) => statement.overdue).length),
      row('findings', entry.findings.join(' ')),
    );
  }
  for (const found of report.coverage.cells) {
    const aim = vocabularyValue(found.aim) as (typeof PsedAim.values)[number];
    const characteristic = vocabularyValue(found.characteristic) as (typeof ProtectedCharacteristic.values)[number];
    const key = `${aim}/${characteristic}`;
    const label = `${PsedAim.label(aim)} × ${ProtectedCharacteristic.label(characteristic)}`;
    const status = found.notApplicable ? 'not-applicable' : found.gap ? 'gap' : 'covered';
    out.push(['coverage', key, label, 'status', status], ['coverage', key, label, 'objectiveCount', found.objectiveCount], ['coverage', key, label, 'academyCount', found.academyCount]);
  }
  out.push(['progress', '', 'All objectives', 'objectiveCount', report.progress.objectiveCount], ['progress', 'none', 'No status set', 'objectiveCount', report.progress.noStatusCount]);
  for (const entry of report.progress.byStatus) {
    const status = vocabularyValue(entry.status) as (typeof ProgressStatus.values)[number];
    out.push(['progress', status, ProgressStatus.label(status), 'objectiveCount', entry.count]);
  }
  report.progress.overdueActions.forEach((action, index) => {
    const row = (metric: string, value: Value): Row => ['overdue-actions', String(index + 1), action.description, metric, value];
    out.push(row('academy', action.objective.academy?.name), row('objective', action.objective.objective), row('dueOn', action.dueOn), row('daysOverdue', action.daysOverdue));
  });
  for (const gap of focusGaps(data.trends?.gaps ?? [])) {
    const key = `${gap.academy.urn}/${vocabularyValue(gap.metric)}/${vocabularyValue(gap.pupilGroup)}`;
    for (const point of gap.points) if (point.academicYear) out.push(['trend-gaps', key, gapLabel(gap), point.academicYear, point.value]);
  }
  const payTrend = [
    ...(data.trends?.payGaps ?? []).map((snapshot) => ({ ...snapshot, label: 'Published gender pay gap' })),
    ...(executive ? (data.trends?.unapprovedPayGaps ?? []).map((snapshot) => ({ ...snapshot, label: 'Gender pay gap, not yet approved' })) : []),
  ];
  for (const snapshot of payTrend) {
    out.push(
      ['trend-pay-gap', snapshot.snapshotDate, snapshot.label, 'meanHourlyGapPercent', snapshot.meanHourlyGapPercent],
      ['trend-pay-gap', snapshot.snapshotDate, snapshot.label, 'medianHourlyGapPercent', snapshot.medianHourlyGapPercent],
    );
  }
  if (!executive) return out;

  const gap = latestPayGap(report);
  if (gap) {
    const row = (metric: string, value: Value): Row => ['pay-gap', gap.snapshotDate, 'Trust gender pay gap', metric, value];
    out.push(row('approved', gap.approved), row('relevantEmployees', gap.relevantEmployees), row('meanHourlyGapPercent', gap.meanHourlyGapPercent), row('medianHourlyGapPercent', gap.medianHourlyGapPercent));
    for (const quartile of gap.quartiles) {
      const quarter = vocabularyValue(quartile.quarter);
      out.push(['pay-quarters', quarter, QUARTER_LABELS[quarter] ?? quarter, 'femalePercent', quartile.femalePercent], ['pay-quarters', quarter, QUARTER_LABELS[quarter] ?? quarter, 'malePercent', quartile.malePercent]);
    }
  }
  const recruitment = data.blindRecruitment;
  if (recruitment) {
    out.push(['blind-recruitment', '', 'Trust', 'vacancies', recruitment.vacancies], ['blind-recruitment', '', 'Trust', 'anonymisedPercent', recruitment.anonymisedPercent]);
    for (const academy of recruitment.academies) {
      const row = (metric: string, value: Value): Row => ['blind-recruitment', academy.urn, academy.name, metric, value];
      const status = vocabularyValue(academy.rolloutStatus) as (typeof RolloutStatus.values)[number];
      out.push(
        row('rolloutStatus', status),
        row('rolloutSince', academy.rolloutSince),
        row('vacancies', academy.vacancies),
        row('anonymisedPercent', academy.anonymisedPercent),
        row('panelsTrained', academy.panelsTrained),
        row('leadersTrained', academy.leadersTrained),
        row('leadersTotal', academy.leadersTotal),
      );
    }
    for (const year of recruitment.trend) {
      out.push(['recruitment-trend', year.academicYear, year.academicYear, 'vacancies', year.vacancies], ['recruitment-trend', year.academicYear, year.academicYear, 'anonymisedPercent', year.anonymisedPercent]);
    }
  }
  return out;
}

/** The whole file: a byte-order mark (so that Excel reads it as UTF-8), the header, CRLF line ends. */
export function reportCsv(data: BoardReportData, params: ReportParams, executive: boolean): string {
  const lines = [CSV_COLUMNS, ...rows(data, params, executive)].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
