/** The plan as a Word document (landscape A4), the table's header row repeated on every page. */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PLAN_COLUMNS, type PlanExport } from './plan-table';

/** Landscape A4 is 16,838 twips wide; half-inch margins leave this for the table. */
const MARGIN = 720;
const TABLE_WIDTH = 16_838 - 2 * MARGIN;
const WEIGHT_TOTAL = PLAN_COLUMNS.reduce((sum, column) => sum + column.weight, 0);
const COLUMN_WIDTHS = PLAN_COLUMNS.map((column) => Math.floor((TABLE_WIDTH * column.weight) / WEIGHT_TOTAL));
/** Half-points: 9 pt in the table keeps nine columns readable. */
const TABLE_TEXT = 18;

const cell = (entries: readonly string[], width: number, options: { header?: boolean; list?: boolean } = {}) => {
  const bullets = options.list && entries.length > 1;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E6E6E6' } : undefined,
    // Word needs at least one paragraph in every cell.
    children: (entries.length ? entries : ['']).map(
      (entry) =>
        new Paragraph({
          ...(bullets ? { bullet: { level: 0 } } : {}),
          children: [new TextRun({ text: entry, bold: options.header, size: TABLE_TEXT })],
        }),
    ),
  });
};

export function planDocx(plan: PlanExport): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: PLAN_COLUMNS.map((column, index) => cell([column.title], COLUMN_WIDTHS[index]!, { header: true })),
  });
  const rows = plan.rows.map(
    (row) => new TableRow({ children: row.map((entries, index) => cell(entries, COLUMN_WIDTHS[index]!, { list: PLAN_COLUMNS[index]!.list })) }),
  );
  const document = new Document({
    title: plan.title,
    description: `Equality objectives of ${plan.academy}`,
    creator: 'Equality Hub',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          ...(plan.status === 'draft'
            ? [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: 'DRAFT — not published', bold: true, color: 'B3261E' })] })]
            : []),
          new Paragraph({ heading: HeadingLevel.TITLE, text: plan.title }),
          new Paragraph({ text: plan.academy }),
          new Paragraph({ text: `Period: ${plan.period}` }),
          new Paragraph({ text: plan.approval, spacing: { after: 200 } }),
          new Table({ width: { size: TABLE_WIDTH, type: WidthType.DXA }, columnWidths: COLUMN_WIDTHS, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
