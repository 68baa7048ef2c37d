/** Compliance by academy: the RAG verdict of each and why, with the Trust's count of each verdict. */
import { Rag, type RagValue } from '@equality-hub/domain';
import { barChart } from '../charts/bar-chart';
import { COLOUR } from '../charts/scene';
import { longDate, plural, vocabularyValue } from '../format';
import { cell, type Cell, type Section } from '../model';
import type { BoardReportData, ComplianceEntry } from '../operation';

const RAG_COLOURS: Record<RagValue, string> = { red: COLOUR.red, amber: COLOUR.amber, green: COLOUR.green };

function informationCell(entry: ComplianceEntry): Cell {
  const { information } = entry;
  if (!information) return cell('None published', { tone: 'red' });
  const text = `${information.academicYear}, published ${longDate(information.publishedOn)}`;
  return information.current ? cell(text, { value: information.publishedOn }) : cell(`${text}: over 12 months old`, { tone: 'red', value: information.publishedOn });
}

function planCell(entry: ComplianceEntry): Cell {
  const { plan } = entry;
  if (!plan) return cell('No plan in force', { tone: 'red' });
  const text = `${plan.title} (${longDate(plan.periodStart)} to ${longDate(plan.periodEnd)})`;
  return plan.withinFourYears ? cell(text) : cell(`${text}: longer than four years`, { tone: 'red' });
}

function statementsText(entry: ComplianceEntry): string {
  if (entry.statements.length === 0) return 'None';
  return entry.statements
    .map((statement) => {
      const review = statement.overdue ? `review overdue since ${longDate(statement.reviewDue)}` : statement.reviewDue ? `review due ${longDate(statement.reviewDue)}` : '';
      return [statement.title, statement.approved ? 'approved' : 'not approved', review].filter(Boolean).join(', ');
    })
    .join('; ');
}

export function complianceSection(report: BoardReportData['trustReport']): Section {
  const counts = report.ragCounts;
  const verdicts = Rag.values.map((value) => ({ value, label: Rag.label(value), count: counts[value] }));
  return {
    id: 'compliance',
    title: 'Compliance by academy',
    restricted: false,
    blocks: [
      {
        kind: 'paragraph',
        text: `${plural(report.academyCount, 'academy', 'academies')} in the Trust on ${longDate(report.asOf)}: ${verdicts.map((verdict) => `${verdict.count} ${verdict.label.toLowerCase()}`).join(', ')}. Red: equality information over 12 months old, no objectives plan in force, or a plan over four years. Amber: a statement overdue for review or not approved, or an objective without a measure.`,
      },
      {
        kind: 'chart',
        chart: barChart({
          id: 'rag-chart',
          title: 'Academies by compliance verdict',
          description: verdicts.map((verdict) => `${verdict.label}: ${plural(verdict.count, 'academy', 'academies')}`).join('; '),
          bars: verdicts.map((verdict) => ({ label: verdict.label, value: verdict.count, colour: RAG_COLOURS[verdict.value], text: plural(verdict.count, 'academy', 'academies') })),
        }),
      },
      {
        kind: 'table',
        table: {
          id: 'rag-table',
          caption: 'Academies by compliance verdict',
          columns: ['Verdict', 'Academies'],
          rows: verdicts.map((verdict) => ({ key: verdict.value, cells: [cell(verdict.label, { tone: verdict.value }), cell(String(verdict.count), { value: verdict.count })] })),
        },
      },
      {
        kind: 'table',
        table: {
          id: 'compliance-table',
          caption: `Compliance of each academy on ${longDate(report.asOf)}`,
          columns: ['Academy', 'URN', 'Verdict', 'Equality information', 'Objectives plan', 'Objectives (measurable)', 'Statements', 'Findings'],
          weights: [1.3, 0.8, 0.8, 1.3, 1.5, 1.2, 1.6, 1.9],
          rows: report.compliance.map((entry, index) => {
            if (!entry) return { key: `unread-${index + 1}`, cells: [cell('An academy whose records could not be read (see the notices above)', { tone: 'muted' })] };
            const rag = vocabularyValue(entry.rag) as RagValue;
            return {
              key: entry.academy.urn,
              cells: [
                cell(entry.academy.name),
                cell(entry.academy.urn),
                cell(Rag.label(rag), { tone: rag, value: rag }),
                informationCell(entry),
                planCell(entry),
                cell(`${entry.objectiveCount} (${entry.measurableObjectiveCount} measurable)`, { value: entry.objectiveCount }),
                cell(statementsText(entry)),
                cell(entry.findings.length ? entry.findings.join(' ') : 'None'),
              ],
            };
          }),
        },
      },
    ],
  };
}
