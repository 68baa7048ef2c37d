/**
 * A chart as inline SVG: no script, no external resource. It is an image with a title and a description
 * (role="img", aria-labelledby) for screen readers; the report puts a table of the same numbers beside it.
 */
import { escapeHtml } from '../escape';
import type { Chart, Shape } from './scene';

const n = (value: number) => String(Math.round(value * 10) / 10);

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"${shape.stroke ? ` stroke="${shape.stroke}"` : ''}/>`;
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${shape.size}"${shape.anchor && shape.anchor !== 'start' ? ` text-anchor="${shape.anchor}"` : ''}${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.fill ?? '#000000'}">${escapeHtml(shape.text)}</text>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${shape.width ?? 1}"/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${shape.width ?? 1}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"/>`;
  }
}

export function chartSvg(chart: Chart): string {
  const id = escapeHtml(chart.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" font-family="DejaVu Sans, Verdana, Arial, sans-serif">`,
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(chart.description)}</desc>`,
    ...chart.shapes.map(shapeSvg),
    '</svg>',
  ].join('');
}
