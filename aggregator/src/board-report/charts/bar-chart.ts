/** Horizontal bars, each under its label (labels such as academy names are long). */
import { COLOUR, FONT_SIZE, type Chart, type Shape } from './scene';

export interface Bar {
  label: string;
  value: number;
  colour: string;
  /** What is written at the bar's end; the value by default. */
  text?: string;
}

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  /** The value a full-width bar stands for (100 for percentages); the largest value by default. */
  max?: number;
}

const WIDTH = 560;
const ROW = 40;
const BAR = 16;
/** Room at the right for the value written after the longest bar. */
const VALUE_ROOM = 90;

export function barChart(options: BarChartOptions): Chart {
  const max = options.max ?? Math.max(0, ...options.bars.map((bar) => bar.value));
  const scale = (value: number) => (max > 0 ? (Math.max(0, value) / max) * (WIDTH - VALUE_ROOM) : 0);
  const shapes: Shape[] = options.bars.flatMap((bar, index): Shape[] => {
    const top = index * ROW + 4;
    const length = scale(bar.value);
    return [
      { kind: 'text', x: 0, y: top + FONT_SIZE, text: bar.label, size: FONT_SIZE, fill: COLOUR.ink },
      { kind: 'rect', x: 0, y: top + 16, width: Math.max(length, 1), height: BAR, fill: bar.colour },
      { kind: 'text', x: length + 6, y: top + 16 + BAR - 4, text: bar.text ?? String(bar.value), size: FONT_SIZE, bold: true, fill: COLOUR.ink },
    ];
  });
  return { id: options.id, title: options.title, description: options.description, width: WIDTH, height: options.bars.length * ROW + 8, shapes };
}
