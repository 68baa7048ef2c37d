/**
 * PDF pages for the governors' pack and the Board report, with pdfkit: A4, an embedded Unicode font
 * (DejaVu Sans, so any name or note a school typed prints as typed, which pdfkit's standard fonts do not
 * promise), the title in the document's properties, and "page X of Y" on every page.
 */
import { openSync } from 'fontkit';
import PDFDocument from 'pdfkit';

/** The font names every drawing function here uses. */
export const FONT = { REGULAR: 'regular', BOLD: 'bold' } as const;

/**
 * Parsed once per process and shared by every document: parsing a font, and laying out text the first
 * time, are most of the cost of a small PDF. Each document still embeds its own subset.
 */
let fonts: Record<string, object> | undefined;
const loadFonts = () =>
  (fonts ??= {
    [FONT.REGULAR]: openSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    [FONT.BOLD]: openSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  });

export type Pdf = PDFKit.PDFDocument;

export interface PdfOptions {
  title: string;
  subject?: string;
  landscape?: boolean;
}

const MARGIN = 40;

export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margin: MARGIN,
    bufferPages: true,
    // No default font: pdfkit would load Helvetica, and a parsed font passed here is compared, at some
    // cost, with the same font registered by name below.
    font: null as unknown as string,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: options.title, Subject: options.subject ?? options.title, Author: 'Equality Hub', Creator: 'Equality Hub' },
  });
  for (const [name, font] of Object.entries(loadFonts())) doc.registerFont(name, font as unknown as string);
  return doc.font(FONT.REGULAR);
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

export function heading(doc: Pdf, text: string, level: 1 | 2 | 3 = 2): void {
  const size = { 1: 18, 2: 14, 3: 11 }[level];
  // Keep a heading with at least a few lines of what follows it.
  ensureSpace(doc, size * 1.4 + 40);
  if (level > 1) doc.moveDown(0.6);
  doc.font(FONT.BOLD).fontSize(size).fillColor('#000000').text(text, doc.page.margins.left, doc.y);
  doc.moveDown(0.3);
  doc.font(FONT.REGULAR).fontSize(10);
}

export function paragraph(doc: Pdf, text: string, options: { size?: number; colour?: string } = {}): void {
  doc.font(FONT.REGULAR).fontSize(options.size ?? 10).fillColor(options.colour ?? '#000000');
  doc.text(text, doc.page.margins.left, doc.y, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
  doc.moveDown(0.4);
}

/** Writes "footer — page X of Y" at the foot of every page, ends the document and returns its bytes. */
export function finishPdf(doc: Pdf, footer: string): Promise<Buffer> {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Drawing in the bottom margin: without this pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT.REGULAR).fontSize(8).fillColor('#444444')
      .text(`${footer} — page ${index + 1} of ${count}`, doc.page.margins.left, doc.page.height - bottom + 12, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
