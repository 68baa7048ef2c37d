/**
 * The Board report as sections of paragraphs, tables and charts: built once from the GraphQL answer, then
 * written as HTML or PDF, so that the two say the same.
 */
import type { Chart } from './charts/scene';

/** How a cell reads at a glance: RAG, a coverage gap, or nothing to say. Always said in words too. */
export type Tone = 'red' | 'amber' | 'green' | 'gap' | 'muted';

export interface Cell {
  text: string;
  tone?: Tone;
  /** The raw number or code behind the text, for machines (data-value in HTML). */
  value?: string | number | null;
}

export interface Table {
  /** Unique in the report: the HTML table's id. */
  id: string;
  caption: string;
  columns: readonly string[];
  /** Relative widths of the columns in print (equal by default); a screen's browser lays them out itself. */
  weights?: readonly number[];
  /** Each row's first cell heads the row; `key` identifies it (a URN, a status …). */
  rows: readonly { key: string; cells: readonly Cell[] }[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: Chart };

export interface Section {
  id: string;
  title: string;
  /** Shown to Trust executives only. */
  restricted: boolean;
  blocks: Block[];
}

export interface Report {
  title: string;
  academicYear: string;
  asOf: string;
  executive: boolean;
  /** Whatever could not be read, in words. */
  notices: string[];
  sections: Section[];
}

export const cell = (text: string, extra: Omit<Cell, 'text'> = {}): Cell => ({ text, ...extra });
