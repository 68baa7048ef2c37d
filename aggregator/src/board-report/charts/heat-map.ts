/**
 * A grid of counts, darker with more: the coverage of PSED aims × protected characteristics. A cell can
 * be a gap (nothing addresses it) or not applicable, which are written in the cell, not only coloured.
 */
import { COLOUR, FONT_SIZE, type Chart, type Shape } from './scene';

export type HeatCell = { kind: 'count'; value: number } | { kind: 'gap' } | { kind: 'not-applicable' };

export interface HeatMapOptions {
  id: string;
  title: string;
  description: string;
  /** Column headings, each one or two short lines. */
  columns: readonly (readonly string[])[];
  rows: readonly { label: string; cells: readonly HeatCell[] }[];
  legend: string;
}

const LABEL_WIDTH = 200;
const CELL_WIDTH = 120;
const CELL_HEIGHT = 26;
const HEADER = 40;

/** Light to dark blue; the darker half carries white text. */
const SCALE = ['#deebf7', '#b3d1ea', '#6fa6d3', '#2f6fae', '#0b3f7a'];

function shade(value: number, max: number) {
  const step = max <= 1 ? SCALE.length - 1 : Math.round(((value - 1) / (max - 1)) * (SCALE.length - 1));
  return { fill: SCALE[step]!, text: step >= 3 ? '#ffffff' : COLOUR.ink };
}

export function heatMap(options: HeatMapOptions): Chart {
  const max = Math.max(1, ...options.rows.flatMap((row) => row.cells.map((cell) => (cell.kind === 'count' ? cell.value : 0))));
  const shapes: Shape[] = [];
  options.columns.forEach((lines, column) => {
    lines.forEach((line, index) =>
      shapes.push({ kind: 'text', x: LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2, y: 14 + index * 14, text: line, size: FONT_SIZE - 1, anchor: 'middle', bold: true, fill: COLOUR.ink }),
    );
  });
  options.rows.forEach((row, rowIndex) => {
    const top = HEADER + rowIndex * CELL_HEIGHT;
    shapes.push({ kind: 'text', x: LABEL_WIDTH - 8, y: top + 17, text: row.label, size: FONT_SIZE, anchor: 'end', fill: COLOUR.ink });
    row.cells.forEach((cell, column) => {
      const x = LABEL_WIDTH + column * CELL_WIDTH;
      const look = cell.kind === 'count' && cell.value > 0 ? shade(cell.value, max)
        : cell.kind === 'not-applicable' ? { fill: COLOUR.notApplicable, text: COLOUR.muted }
        : { fill: COLOUR.gap, text: COLOUR.red };
      const text = cell.kind === 'count' ? String(cell.value) : cell.kind === 'gap' ? 'gap' : 'n/a';
      shapes.push({ kind: 'rect', x, y: top, width: CELL_WIDTH, height: CELL_HEIGHT, fill: look.fill, stroke: '#ffffff' });
      shapes.push({ kind: 'text', x: x + CELL_WIDTH / 2, y: top + 17, text, size: FONT_SIZE, anchor: 'middle', bold: cell.kind !== 'count', fill: look.text });
    });
  });
  const bottom = HEADER + options.rows.length * CELL_HEIGHT;
  shapes.push({ kind: 'text', x: 0, y: bottom + 20, text: options.legend, size: FONT_SIZE - 1, fill: COLOUR.muted });
  return {
    id: options.id,
    title: options.title,
    description: options.description,
    width: LABEL_WIDTH + options.columns.length * CELL_WIDTH,
    height: bottom + 30,
    shapes,
  };
}
