/**
 * Tables for PDFs that governors print: cells wrap, the header row repeats on every page, and a row too
 * tall for the space left is split between pages at a line, so nothing is clipped (pdfkit's own tables
 * clamp such a row and lose its text).
 */
import { FONT, type Pdf } from './pdf';
import { wrapText } from './wrap';

/** A cell: text, or entries each starting on a new line; optionally with a background colour. */
export type TableCell = string | readonly string[] | { entries: readonly string[]; fill?: string };

export interface TableColumn {
  header: string;
  /** Share of the table's width (default 1). */
  weight?: number;
  /** A cell of two or more entries is printed as a bulleted list. */
  list?: boolean;
}

export interface PdfTable {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  fontSize?: number;
}

const PADDING = 3;
const BULLET = '•';
/** Points a bulleted entry's text sits right of its bullet, continuation lines included. */
const BULLET_INDENT = 7;

/** A printed line of a cell: a bulleted entry's lines are indented, its first line carries the bullet. */
interface Line {
  text: string;
  indent: number;
  bullet: boolean;
}
const HEADER_FILL = '#e6e6e6';
const RULE = '#8c8c8c';

const isStyled = (cell: TableCell | undefined): cell is { entries: readonly string[]; fill?: string } =>
  cell !== undefined && typeof cell === 'object' && !Array.isArray(cell);

const entriesOf = (cell: TableCell | undefined): readonly string[] =>
  cell === undefined ? [] : typeof cell === 'string' ? [cell] : isStyled(cell) ? cell.entries : (cell as readonly string[]);

const fillOf = (cell: TableCell | undefined) => (isStyled(cell) ? cell.fill : undefined);

interface Layout {
  x: number[];
  widths: number[];
  lineHeight: number;
  fontSize: number;
}

/** Widths already measured, by font, size and text: tables repeat the same words and labels. */
const measured = new WeakMap<Pdf, Map<string, number>>();

function measureWith(doc: Pdf, font: string, size: number) {
  const widths = measured.get(doc) ?? new Map<string, number>();
  measured.set(doc, widths);
  return (text: string) => {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = doc.font(font).fontSize(size).widthOfString(text);
      widths.set(key, width);
    }
    return width;
  };
}

function linesOf(doc: Pdf, layout: Layout, cells: readonly (TableCell | undefined)[], font: string, lists: readonly boolean[] = []): Line[][] {
  const measure = measureWith(doc, font, layout.fontSize);
  return layout.widths.map((width, column) => {
    const entries = entriesOf(cells[column]);
    const indent = lists[column] && entries.length > 1 ? BULLET_INDENT : 0;
    return entries.flatMap((entry) =>
      wrapText(entry, width - 2 * PADDING - indent, measure).map((text, index) => ({ text, indent, bullet: indent > 0 && index === 0 })),
    );
  });
}

/** Draws the given lines of each cell as one band of a row, `lineCount` lines tall, at `y`. */
function drawBand(doc: Pdf, layout: Layout, y: number, lines: Line[][], lineCount: number, options: { font: string; fills: (string | undefined)[] }) {
  const height = lineCount * layout.lineHeight + 2 * PADDING;
  layout.widths.forEach((width, column) => {
    const fill = options.fills[column];
    if (fill) doc.rect(layout.x[column]!, y, width, height).fill(fill);
    doc.rect(layout.x[column]!, y, width, height).lineWidth(0.5).stroke(RULE);
  });
  doc.font(options.font).fontSize(layout.fontSize).fillColor('#000000');
  lines.forEach((cellLines, column) => {
    cellLines.forEach((line, index) => {
      const left = layout.x[column]! + PADDING;
      const top = y + PADDING + index * layout.lineHeight;
      if (line.bullet) doc.text(BULLET, left, top, { lineBreak: false });
      doc.text(line.text, left + line.indent, top, { lineBreak: false });
    });
  });
  return height;
}

export function drawTable(doc: Pdf, table: PdfTable): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const totalWeight = table.columns.reduce((sum, column) => sum + (column.weight ?? 1), 0);
  const widths = table.columns.map((column) => (width * (column.weight ?? 1)) / totalWeight);
  const x = widths.map((_, index) => left + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const fontSize = table.fontSize ?? 8;
  const layout: Layout = { x, widths, fontSize, lineHeight: fontSize * 1.3 };

  const headerLines = linesOf(doc, layout, table.columns.map((column) => column.header), FONT.BOLD);
  const lists = table.columns.map((column) => column.list ?? false);
  const headerCount = Math.max(1, ...headerLines.map((lines) => lines.length));
  const headerHeight = headerCount * layout.lineHeight + 2 * PADDING;
  const headerFills = table.columns.map(() => HEADER_FILL);
  const bandHeight = (lines: number) => lines * layout.lineHeight + 2 * PADDING;

  let y = doc.y;
  const startPage = (fresh: boolean) => {
    if (fresh) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    y += drawBand(doc, layout, y, headerLines, headerCount, { font: FONT.BOLD, fills: headerFills });
  };
  // The header with at least two lines of the first row, or a new page.
  startPage(y + headerHeight + bandHeight(2) > doc.page.maxY());

  for (const row of table.rows) {
    let remaining = linesOf(doc, layout, row, FONT.REGULAR, lists);
    const fills = table.columns.map((_, column) => fillOf(row[column]));
    for (;;) {
      const lineCount = Math.max(1, ...remaining.map((lines) => lines.length));
      const space = doc.page.maxY() - y;
      const fullPage = doc.page.maxY() - doc.page.margins.top - headerHeight;
      if (bandHeight(lineCount) <= space) {
        y += drawBand(doc, layout, y, remaining, lineCount, { font: FONT.REGULAR, fills });
        break;
      }
      const fitting = Math.floor((space - 2 * PADDING) / layout.lineHeight);
      // A row that would fit on a fresh page moves there whole; a taller one is split, at least two lines a band.
      if (bandHeight(lineCount) <= fullPage || fitting < 2) {
        startPage(true);
        continue;
      }
      y += drawBand(doc, layout, y, remaining.map((lines) => lines.slice(0, fitting)), fitting, { font: FONT.REGULAR, fills });
      remaining = remaining.map((lines) => lines.slice(fitting));
      startPage(true);
    }
  }
  doc.x = left;
  doc.y = y + layout.lineHeight;
}
