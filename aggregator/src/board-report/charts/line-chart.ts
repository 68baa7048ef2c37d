/** Series over the years: one line per series, a gap in the line where a value is missing or withheld. */
import { COLOUR, FONT_SIZE, type Chart, type Shape } from './scene';

export interface Series {
  name: string;
  colour: string;
  /** One value per category; null where there is none. */
  values: readonly (number | null)[];
}

export interface LineChartOptions {
  id: string;
  title: string;
  description: string;
  categories: readonly string[];
  series: readonly Series[];
  /** Appended to axis values ("%"). */
  unit: string;
}

const WIDTH = 560;
const PLOT_HEIGHT = 190;
const LEFT = 56;
const RIGHT = 16;
/** One legend line per series, above the plot. */
const LEGEND_LINE = 18;
const BOTTOM = 36;
const TICKS = 4;

/** A tidy axis from zero (or below, for negative values) past the largest value. */
export function axisRange(values: readonly number[]): { min: number; max: number; step: number } {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const rough = span / TICKS;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step || step, step };
}

export function lineChart(options: LineChartOptions): Chart {
  const values = options.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const { min, max, step } = axisRange(values);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const top = 14 + options.series.length * LEGEND_LINE;
  const height = top + PLOT_HEIGHT + BOTTOM;
  // Each category in the middle of its own band, so that the first and last labels stay inside.
  const x = (index: number) => LEFT + ((index + 0.5) / Math.max(1, options.categories.length)) * plotWidth;
  const y = (value: number) => top + PLOT_HEIGHT - ((value - min) / (max - min)) * PLOT_HEIGHT;
  const shapes: Shape[] = [];

  for (let tick = min; tick <= max + step / 2; tick += step) {
    const rounded = Math.round(tick * 100) / 100;
    shapes.push({ kind: 'line', x1: LEFT, y1: y(rounded), x2: WIDTH - RIGHT, y2: y(rounded), stroke: rounded === 0 ? COLOUR.muted : COLOUR.grid, width: 1 });
    shapes.push({ kind: 'text', x: LEFT - 6, y: y(rounded) + 4, text: `${rounded}${options.unit}`, size: FONT_SIZE - 1, anchor: 'end', fill: COLOUR.muted });
  }
  options.categories.forEach((category, index) =>
    shapes.push({ kind: 'text', x: x(index), y: height - BOTTOM + 18, text: category, size: FONT_SIZE - 1, anchor: 'middle', fill: COLOUR.ink }),
  );
  options.series.forEach((series, seriesIndex) => {
    shapes.push({ kind: 'rect', x: LEFT, y: 4 + seriesIndex * LEGEND_LINE, width: 14, height: 14, fill: series.colour });
    shapes.push({ kind: 'text', x: LEFT + 20, y: 16 + seriesIndex * LEGEND_LINE, text: series.name, size: FONT_SIZE, fill: COLOUR.ink });
    // A run of consecutive values is one line; a missing value breaks it.
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length > 1) shapes.push({ kind: 'polyline', points: run, stroke: series.colour, width: 2.5 });
      run = [];
    };
    series.values.forEach((value, index) => {
      if (value === null) return flush();
      run.push([x(index), y(value)]);
      shapes.push({ kind: 'circle', cx: x(index), cy: y(value), r: 4, fill: series.colour });
    });
    flush();
  });
  return { id: options.id, title: options.title, description: options.description, width: WIDTH, height, shapes };
}
