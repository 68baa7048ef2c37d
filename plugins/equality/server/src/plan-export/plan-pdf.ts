/** The plan as a PDF (landscape A4) for the governors' pack, drawn with pdfkit: no browser needed. */
import { createPdf, drawTable, finishPdf, heading, paragraph } from '@equality-hub/documents';
import { PLAN_COLUMNS, type PlanExport } from './plan-table';

export function planPdf(plan: PlanExport): Promise<Buffer> {
  const doc = createPdf({ title: plan.title, subject: `Equality objectives of ${plan.academy}`, landscape: true });
  if (plan.status === 'draft') paragraph(doc, 'DRAFT — not published', { colour: '#B3261E' });
  heading(doc, plan.title, 1);
  paragraph(doc, plan.academy, { size: 12 });
  paragraph(doc, `Period: ${plan.period}`);
  paragraph(doc, plan.approval);
  drawTable(doc, {
    columns: PLAN_COLUMNS.map(({ title, weight, list }) => ({ header: title, weight, list })),
    rows: plan.rows,
  });
  return finishPdf(doc, `${plan.academy}: ${plan.title}${plan.status === 'draft' ? ' (draft)' : ''}`);
}
