/** The coverage heat map: how many objectives address each PSED aim × protected characteristic. */
import { ProtectedCharacteristic, PsedAim } from '@equality-hub/domain';
import { heatMap, type HeatCell } from '../charts/heat-map';
import { plural, vocabularyValue } from '../format';
import { cell, type Cell, type Section } from '../model';
import type { BoardReportData, CoverageCell } from '../operation';

/** Column headings short enough for the heat map; the table beside it gives the aims in full. */
const SHORT_AIMS: Record<string, readonly string[]> = {
  'eliminate-discrimination': ['(a) Eliminate', 'discrimination'],
  'advance-equality-of-opportunity': ['(b) Advance equality', 'of opportunity'],
  'foster-good-relations': ['(c) Foster good', 'relations'],
};

const heatCell = (found: CoverageCell | undefined): HeatCell =>
  !found || found.notApplicable ? { kind: 'not-applicable' } : found.gap ? { kind: 'gap' } : { kind: 'count', value: found.objectiveCount };

function tableCell(found: CoverageCell | undefined): Cell {
  if (!found || found.notApplicable) return cell('Not applicable', { tone: 'muted' });
  if (found.gap) return cell('Gap: no objective', { tone: 'gap', value: 0 });
  return cell(`${plural(found.objectiveCount, 'objective')}, ${plural(found.academyCount, 'academy', 'academies')}`, { value: found.objectiveCount });
}

export function coverageSection(report: BoardReportData['trustReport']): Section {
  const cells = new Map(report.coverage.cells.map((found) => [`${vocabularyValue(found.aim)}|${vocabularyValue(found.characteristic)}`, found]));
  const find = (aim: string, characteristic: string) => cells.get(`${aim}|${characteristic}`);
  const applicable = report.coverage.cells.filter((found) => !found.notApplicable);
  const gaps = applicable.filter((found) => found.gap);
  const gapNames = gaps.map((found) => `${ProtectedCharacteristic.label(vocabularyValue(found.characteristic) as never)} × ${PsedAim.label(vocabularyValue(found.aim) as never)}`);
  return {
    id: 'coverage',
    title: 'Coverage of the equality duty',
    restricted: false,
    blocks: [
      {
        kind: 'paragraph',
        text: `Objectives of ${report.academicYear} by PSED aim and protected characteristic. ${gaps.length} of ${applicable.length} applicable combinations have no objective${gaps.length ? ` (${gapNames.join('; ')})` : ''}. ${plural(report.coverage.allCount, 'objective')} for all protected characteristics ${report.coverage.allCount === 1 ? 'counts' : 'count'} in every cell.`,
      },
      {
        kind: 'chart',
        chart: heatMap({
          id: 'coverage-chart',
          title: 'Coverage heat map: objectives by PSED aim and protected characteristic',
          description: `Darker cells have more objectives. ${gaps.length ? `Gaps: ${gapNames.join('; ')}.` : 'No gaps.'} Marriage and civil partnership is not applicable to aims (b) and (c).`,
          columns: PsedAim.values.map((aim) => SHORT_AIMS[aim] ?? [PsedAim.label(aim)]),
          rows: ProtectedCharacteristic.values.map((characteristic) => ({
            label: ProtectedCharacteristic.label(characteristic),
            cells: PsedAim.values.map((aim) => heatCell(find(aim, characteristic))),
          })),
          legend: 'The number in a cell is the objectives addressing it; gap: none; n/a: not applicable.',
        }),
      },
      {
        kind: 'table',
        table: {
          id: 'coverage-table',
          caption: 'Objectives and academies by protected characteristic and PSED aim',
          columns: ['Protected characteristic', ...PsedAim.values.map((aim) => PsedAim.label(aim))],
          rows: ProtectedCharacteristic.values.map((characteristic) => ({
            key: characteristic,
            cells: [cell(ProtectedCharacteristic.label(characteristic)), ...PsedAim.values.map((aim) => tableCell(find(aim, characteristic)))],
          })),
        },
      },
    ],
  };
}
