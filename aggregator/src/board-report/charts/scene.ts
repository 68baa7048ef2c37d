/**
 * A chart as a handful of shapes, so that one drawing serves both the HTML report (as inline SVG) and the
 * PDF (drawn with pdfkit): the two cannot disagree. Coordinates are points from the top left; a text's
 * `y` is its baseline.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width?: number }
  | { kind: 'polyline'; points: readonly (readonly [number, number])[]; stroke: string; width?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string };

export interface Chart {
  /** Unique in the page: the SVG's title and description are referenced by it. */
  id: string;
  /** Read out by screen readers, and the figure's caption. */
  title: string;
  /** What the chart shows in words, numbers included, for those who cannot see it. */
  description: string;
  width: number;
  height: number;
  shapes: Shape[];
}

/**
 * Colours with at least 4.5:1 contrast against white for text, told apart by blue–orange rather than
 * red–green (Okabe–Ito), and RAG colours that always come with their word.
 */
export const COLOUR = {
  ink: '#1a1a1a',
  muted: '#595959',
  grid: '#d0d0d0',
  blue: '#005a9c',
  orange: '#b35900',
  purple: '#6a3d9a',
  red: '#b3261e',
  amber: '#8a5a00',
  green: '#1e6b34',
  notApplicable: '#e6e6e6',
  gap: '#fbe3e1',
} as const;

export const FONT_SIZE = 11;
