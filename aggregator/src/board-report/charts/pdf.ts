/** The same chart drawn on a PDF page with pdfkit, scaled to the page's width when wider. */
import { ensureSpace, FONT, type Pdf } from '@equality-hub/documents';
import type { Chart } from './scene';

export function drawChart(doc: Pdf, chart: Chart): void {
  const left = doc.page.margins.left;
  const scale = Math.min(1, (doc.page.width - left - doc.page.margins.right) / chart.width);
  ensureSpace(doc, chart.height * scale + 24);
  doc.font(FONT.BOLD).fontSize(9).fillColor('#000000').text(chart.title, left, doc.y);
  const top = doc.y + 4;
  const at = (x: number, y: number) => [left + x * scale, top + y * scale] as const;
  for (const shape of chart.shapes) {
    switch (shape.kind) {
      case 'rect': {
        const [x, y] = at(shape.x, shape.y);
        doc.rect(x, y, shape.width * scale, shape.height * scale).fill(shape.fill);
        if (shape.stroke) doc.rect(x, y, shape.width * scale, shape.height * scale).lineWidth(0.5).stroke(shape.stroke);
        break;
      }
      case 'text': {
        const [x, y] = at(shape.x, shape.y);
        doc.font(shape.bold ? FONT.BOLD : FONT.REGULAR).fontSize(shape.size * scale).fillColor(shape.fill ?? '#000000');
        const width = doc.widthOfString(shape.text);
        const start = shape.anchor === 'middle' ? x - width / 2 : shape.anchor === 'end' ? x - width : x;
        doc.text(shape.text, start, y, { lineBreak: false, baseline: 'alphabetic' });
        break;
      }
      case 'line':
        doc.moveTo(...at(shape.x1, shape.y1)).lineTo(...at(shape.x2, shape.y2)).lineWidth((shape.width ?? 1) * scale).stroke(shape.stroke);
        break;
      case 'polyline': {
        const [first, ...rest] = shape.points;
        if (!first) break;
        doc.moveTo(...at(first[0], first[1]));
        for (const [x, y] of rest) doc.lineTo(...at(x, y));
        doc.lineWidth((shape.width ?? 1) * scale).stroke(shape.stroke);
        break;
      }
      case 'circle': {
        const [x, y] = at(shape.cx, shape.cy);
        doc.circle(x, y, shape.r * scale).fill(shape.fill);
        break;
      }
    }
  }
  doc.x = left;
  doc.y = top + chart.height * scale + 10;
}
