/** Bars split into two shares adding up to 100 % (women and men in each pay quarter). */
import { COLOUR, FONT_SIZE, type Chart, type Shape } from './scene';

export interface StackedRow {
  label: string;
  /** The first share in per cent; null when withheld. */
  first: number | null;
  second: number | null;
}

export interface StackedBarsOptions {
  id: string;
  title: string;
  description: string;
  names: readonly [string, string];
  rows: readonly StackedRow[];
}

const WIDTH = 560;
const LABEL_WIDTH = 130;
const BAR_WIDTH = WIDTH - LABEL_WIDTH;
const ROW = 30;
const LEGEND = 28;
const COLOURS = [COLOUR.purple, COLOUR.blue] as const;

const percent = (value: number) => `${value.toFixed(1)} %`;

export function stackedBars(options: StackedBarsOptions): Chart {
  const shapes: Shape[] = options.names.flatMap((name, index): Shape[] => [
    { kind: 'rect', x: LABEL_WIDTH + index * 160, y: 4, width: 14, height: 14, fill: COLOURS[index]! },
    { kind: 'text', x: LABEL_WIDTH + index * 160 + 20, y: 16, text: name, size: FONT_SIZE, fill: COLOUR.ink },
  ]);
  options.rows.forEach((row, index) => {
    const top = LEGEND + index * ROW;
    shapes.push({ kind: 'text', x: LABEL_WIDTH - 8, y: top + 16, text: row.label, size: FONT_SIZE, anchor: 'end', fill: COLOUR.ink });
    if (row.first === null || row.second === null) {
      shapes.push({ kind: 'rect', x: LABEL_WIDTH, y: top + 2, width: BAR_WIDTH, height: 20, fill: COLOUR.notApplicable });
      shapes.push({ kind: 'text', x: LABEL_WIDTH + BAR_WIDTH / 2, y: top + 16, text: 'withheld (fewer than 10 people)', size: FONT_SIZE, anchor: 'middle', fill: COLOUR.muted });
      return;
    }
    const split = (row.first / 100) * BAR_WIDTH;
    shapes.push({ kind: 'rect', x: LABEL_WIDTH, y: top + 2, width: split, height: 20, fill: COLOURS[0] });
    shapes.push({ kind: 'rect', x: LABEL_WIDTH + split, y: top + 2, width: BAR_WIDTH - split, height: 20, fill: COLOURS[1] });
    // Shares too narrow for their number are written outside the bar, in the legend's order.
    if (split >= 50) shapes.push({ kind: 'text', x: LABEL_WIDTH + 6, y: top + 16, text: percent(row.first), size: FONT_SIZE, bold: true, fill: '#ffffff' });
    if (BAR_WIDTH - split >= 50) shapes.push({ kind: 'text', x: WIDTH - 6, y: top + 16, text: percent(row.second), size: FONT_SIZE, anchor: 'end', bold: true, fill: '#ffffff' });
  });
  return { id: options.id, title: options.title, description: options.description, width: WIDTH, height: LEGEND + options.rows.length * ROW + 6, shapes };
}
