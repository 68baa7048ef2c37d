/**
 * Trends over the years, from the API's `trends`: the gaps between pupil groups in each academy's
 * published information, and the Trust's published gender pay gap (for executives, pay snapshots not yet
 * approved too, in their own section).
 */
import { Metric, PupilGroup, type MetricValue, type PupilGroupValue } from '@equality-hub/domain';
import { lineChart, type Series } from '../charts/line-chart';
import { COLOUR } from '../charts/scene';
import { longDate, percent, vocabularyValue } from '../format';
import { cell, type Block, type Section } from '../model';
import type { GapTrend, PayGapPoint, Trends } from '../operation';

/**
 * Each gap comes twice, once from each side (disadvantaged against not, and the reverse); the Board reads
 * it from the side of the group the duty is usually about.
 */
const FOCUS_GROUPS: readonly string[] = ['disadvantaged', 'fsm-eligible', 'send', 'eal', 'ethnic-minority', 'boys', 'looked-after'];
/** More lines than this on one chart cannot be told apart; the table lists every series. */
const MAX_LINES = 6;
const LINE_COLOURS = [COLOUR.blue, COLOUR.orange, COLOUR.purple, COLOUR.green, COLOUR.red, COLOUR.muted];

const groupLabel = (value: string) => PupilGroup.label(vocabularyValue(value) as PupilGroupValue);

export const gapLabel = (gap: GapTrend) =>
  `${gap.academy.name}: ${Metric.label(vocabularyValue(gap.metric) as MetricValue)}, ${groupLabel(gap.pupilGroup)} against ${groupLabel(gap.comparedWith)}`;

/** A chart legend has one line per series: long names are cut there (the table gives them in full). */
const LEGEND_CHARACTERS = 85;
const legendName = (name: string) => (name.length > LEGEND_CHARACTERS ? `${name.slice(0, LEGEND_CHARACTERS - 1)}…` : name);

export const focusGaps = (gaps: readonly GapTrend[]) => gaps.filter((gap) => FOCUS_GROUPS.includes(vocabularyValue(gap.pupilGroup)));

const points = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(1)}`);

function gapBlocks(gaps: readonly GapTrend[]): Block[] {
  const shown = focusGaps(gaps);
  if (shown.length === 0) return [{ kind: 'paragraph', text: 'No academy has published figures for a pupil group and its complement yet.' }];
  const years = [...new Set(shown.flatMap((gap) => gap.points.map((point) => point.academicYear ?? '')))].filter(Boolean).sort();
  const valueIn = (gap: GapTrend, year: string) => gap.points.find((point) => point.academicYear === year)?.value ?? null;
  const charted = shown.filter((gap) => gap.points.filter((point) => point.value !== null).length >= 2).slice(0, MAX_LINES);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Gaps in percentage points between a pupil group and the rest, from each academy’s published equality information: negative when the group is behind. A withheld figure (fewer than 10 pupils) leaves a gap blank.',
    },
  ];
  if (charted.length) {
    blocks.push({
      kind: 'chart',
      chart: lineChart({
        id: 'gaps-trend-chart',
        title: 'Gaps between pupil groups over the years',
        description: charted.map((gap) => `${gapLabel(gap)}: ${years.map((year) => `${year} ${points(valueIn(gap, year))}`).join(', ')}`).join('; '),
        categories: years,
        series: charted.map((gap, index): Series => ({ name: legendName(gapLabel(gap)), colour: LINE_COLOURS[index]!, values: years.map((year) => valueIn(gap, year)) })),
        unit: '',
      }),
    });
  }
  blocks.push({
    kind: 'table',
    table: {
      id: 'gaps-trend-table',
      caption: 'Gaps between pupil groups, in percentage points, by academic year',
      columns: ['Academy and measure', ...years],
      weights: [3, ...years.map(() => 1)],
      rows: shown.map((gap) => ({
        key: `${gap.academy.urn}/${vocabularyValue(gap.metric)}/${vocabularyValue(gap.pupilGroup)}`,
        cells: [
          cell(gapLabel(gap)),
          ...years.map((year) => {
            const point = gap.points.find((candidate) => candidate.academicYear === year);
            return point?.suppressed ? cell('withheld', { tone: 'muted' }) : cell(points(point?.value ?? null), { value: point?.value ?? null });
          }),
        ],
      })),
    },
  });
  return blocks;
}

/** A pay gap trend: chart and table of the mean and median hourly gaps by snapshot. */
export function payTrendBlocks(snapshots: readonly (PayGapPoint & { approved: boolean })[], id: string, title: string): Block[] {
  if (snapshots.length === 0) return [{ kind: 'paragraph', text: 'No pay gap report has been approved yet.' }];
  const categories = snapshots.map((snapshot) => snapshot.snapshotDate.slice(0, 4));
  return [
    {
      kind: 'chart',
      chart: lineChart({
        id: `${id}-chart`,
        title,
        description: snapshots.map((snapshot) => `${longDate(snapshot.snapshotDate)}: mean ${percent(snapshot.meanHourlyGapPercent)}, median ${percent(snapshot.medianHourlyGapPercent)}${snapshot.approved ? '' : ' (not yet approved)'}`).join('; '),
        categories,
        series: [
          { name: 'Mean hourly gap', colour: COLOUR.purple, values: snapshots.map((snapshot) => snapshot.meanHourlyGapPercent) },
          { name: 'Median hourly gap', colour: COLOUR.blue, values: snapshots.map((snapshot) => snapshot.medianHourlyGapPercent) },
        ],
        unit: ' %',
      }),
    },
    {
      kind: 'table',
      table: {
        id: `${id}-table`,
        caption: title,
        columns: ['Snapshot', 'Approved', 'Mean hourly gap', 'Median hourly gap'],
        rows: snapshots.map((snapshot) => ({
          key: snapshot.snapshotDate,
          cells: [
            cell(longDate(snapshot.snapshotDate), { value: snapshot.snapshotDate }),
            cell(snapshot.approved ? 'Yes' : 'Not yet: executives only', { tone: snapshot.approved ? undefined : 'amber' }),
            cell(percent(snapshot.meanHourlyGapPercent), { value: snapshot.meanHourlyGapPercent }),
            cell(percent(snapshot.medianHourlyGapPercent), { value: snapshot.medianHourlyGapPercent }),
          ],
        })),
      },
    },
  ];
}

export function trendsSection(trends: Trends | null): Section {
  const section = { id: 'trends', title: 'Trends over the years', restricted: false };
  if (!trends) return { ...section, blocks: [{ kind: 'paragraph', text: 'The trends could not be read (see the notices above).' }] };
  return {
    ...section,
    blocks: [
      ...(trends.gaps ? gapBlocks(trends.gaps) : [{ kind: 'paragraph' as const, text: 'The gaps could not be read (see the notices above).' }]),
      ...payTrendBlocks(trends.payGaps.map((snapshot) => ({ ...snapshot, approved: true })), 'pay-trend', 'The Trust’s published gender pay gap, by snapshot year'),
    ],
  };
}
