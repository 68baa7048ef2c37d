/** For Trust executives: the gender pay gap of the latest snapshot, approved or not, and its pay quarters. */
import { stackedBars } from '../charts/stacked-bars';
import { longDate, percent, vocabularyValue } from '../format';
import { cell, type Section } from '../model';
import type { BoardReportData, PayGapFigures, Trends } from '../operation';
import { payTrendBlocks } from './trends';

export const QUARTER_LABELS: Record<string, string> = {
  lower: 'Lower quarter',
  'lower-middle': 'Lower middle quarter',
  'upper-middle': 'Upper middle quarter',
  upper: 'Upper quarter',
};

/** The gender pay gap objective's latest figures, if the report has them. */
export function latestPayGap(report: BoardReportData['trustReport']): PayGapFigures | null {
  return report.trustObjectives?.find((objective) => objective.code === 'GENDER_PAY_GAP')?.latestPayGap ?? null;
}

/** Every snapshot, approved or not, oldest first. */
function allSnapshots(trends: Trends | null) {
  if (!trends) return [];
  return [
    ...trends.payGaps.map((snapshot) => ({ ...snapshot, approved: true })),
    ...(trends.unapprovedPayGaps ?? []).map((snapshot) => ({ ...snapshot, approved: false })),
  ].sort((a, b) => a.snapshotDate.localeCompare(b.snapshotDate));
}

export function payGapSection(report: BoardReportData['trustReport'], trends: Trends | null): Section {
  const gap = latestPayGap(report);
  const section = { id: 'pay-gap', title: 'Gender pay gap and pay quarters', restricted: true };
  if (!gap) return { ...section, blocks: [{ kind: 'paragraph', text: `No pay snapshot on or before ${longDate(report.asOf)}.` }] };
  const quarters = gap.quartiles.map((quartile) => ({ ...quartile, label: QUARTER_LABELS[vocabularyValue(quartile.quarter)] ?? quartile.quarter }));
  return {
    ...section,
    blocks: [
      {
        kind: 'paragraph',
        text: `Snapshot of ${longDate(gap.snapshotDate)}, ${gap.approved ? 'approved and published' : 'not yet approved: for Trust executives only'}. ${gap.relevantEmployees ?? '—'} relevant employees; mean hourly gap ${percent(gap.meanHourlyGapPercent)}, median ${percent(gap.medianHourlyGapPercent)} (positive when women are paid less).`,
      },
      {
        kind: 'chart',
        chart: stackedBars({
          id: 'pay-quarters-chart',
          title: `Women and men in each pay quarter, ${longDate(gap.snapshotDate)}`,
          description: quarters.map((quarter) => `${quarter.label}: women ${percent(quarter.femalePercent)}, men ${percent(quarter.malePercent)}`).join('; '),
          names: ['Women', 'Men'],
          rows: quarters.map((quarter) => ({ label: quarter.label, first: quarter.femalePercent, second: quarter.malePercent })),
        }),
      },
      {
        kind: 'table',
        table: {
          id: 'pay-quarters-table',
          caption: `Women and men in each pay quarter, ${longDate(gap.snapshotDate)}`,
          columns: ['Quarter', 'Women', 'Men'],
          rows: quarters.map((quarter) => ({
            key: vocabularyValue(quarter.quarter),
            cells: [cell(quarter.label), cell(percent(quarter.femalePercent), { value: quarter.femalePercent }), cell(percent(quarter.malePercent), { value: quarter.malePercent })],
          })),
        },
      },
      ...payTrendBlocks(allSnapshots(trends), 'pay-trend-all', 'The Trust’s gender pay gap by snapshot year, including snapshots not yet approved'),
    ],
  };
}
