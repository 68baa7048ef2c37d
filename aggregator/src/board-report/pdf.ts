/**
 * The Board report as a PDF, drawn with pdfkit from the same report as the HTML page (the same sections,
 * tables and charts, the charts from the same shapes), so no browser is needed on the server.
 */
import { createPdf, drawTable, finishPdf, heading, paragraph, type TableCell } from '@equality-hub/documents';
import { drawChart } from './charts/pdf';
import { longDate } from './format';
import type { Cell, Report, Tone } from './model';

const FILLS: Record<Tone, string | undefined> = { red: '#fbe3e1', amber: '#fff0cc', green: '#dff0e3', gap: '#fbe3e1', muted: undefined };

const pdfCell = (cell: Cell): TableCell => ({ entries: [cell.text], fill: cell.tone ? FILLS[cell.tone] : undefined });

export function reportPdf(report: Report): Promise<Buffer> {
  const doc = createPdf({ title: report.title, subject: `Judged on ${longDate(report.asOf)}` });
  heading(doc, report.title, 1);
  paragraph(doc, `Judged on ${longDate(report.asOf)}: every statutory and overdue rule is applied as on that day.`);
  if (!report.executive) {
    paragraph(doc, 'Public sections only: the pay quarters and the blind-recruitment rollout are for Trust executives, who sign in to the report.', { colour: '#595959' });
  }
  for (const notice of report.notices) paragraph(doc, `Notice: ${notice}`, { colour: '#8a5a00' });
  for (const section of report.sections) {
    heading(doc, section.title, 2);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') paragraph(doc, block.text);
      else if (block.kind === 'chart') drawChart(doc, block.chart);
      else {
        heading(doc, block.table.caption, 3);
        drawTable(doc, {
          columns: block.table.columns.map((header, index) => ({ header, weight: block.table.weights?.[index] })),
          rows: block.table.rows.map((row) => row.cells.map(pdfCell)),
        });
      }
    }
  }
  return finishPdf(doc, report.title);
}
