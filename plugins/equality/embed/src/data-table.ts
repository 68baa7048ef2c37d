/**
 * Every table the components draw: a real `<table>` with a caption and `<th scope>` headers, inside a
 * region that scrolls sideways when the table is too wide, named by the caption and focusable so that
 * keyboard users can scroll it too. Wide tables stack into labelled blocks on narrow screens (styles.ts);
 * small ones keep their natural width.
 */
import { h, uniqueId, type Attributes, type Child } from './dom';

export interface Column<T> {
  label: string;
  cell(row: T): Child;
  /** The column whose cell names its row for assistive technology. */
  headsRow?: boolean;
  /** Figures, aligned to the right while the table is a table. */
  numeric?: boolean;
}

export interface DataTable<T> {
  caption: Child;
  columns: readonly Column<T>[];
  rows: readonly T[];
  /** Added to the table's `part`, so that sites can style one kind of table. */
  part: string;
  rowAttributes?: (row: T) => Attributes;
  /** `wide` tables fill the width and stack on narrow screens; `compact` ones (two or three columns) do neither. */
  layout: 'wide' | 'compact';
}

function cell<T>(column: Column<T>, row: T): HTMLElement {
  const attributes = { 'data-label': column.label, class: column.numeric ? 'number' : null };
  return column.headsRow
    ? h('th', { ...attributes, scope: 'row', part: 'cell row-header' }, column.cell(row))
    : h('td', { ...attributes, part: 'cell' }, column.cell(row));
}

export function dataTable<T>({ caption, columns, rows, part, rowAttributes, layout }: DataTable<T>): HTMLDivElement {
  const captionId = uniqueId('equality-caption');
  const table = h(
    'table',
    { class: layout, part: `table ${part}` },
    h('caption', { id: captionId, part: 'caption' }, caption),
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', part: 'column-header' }, column.label)))),
    h('tbody', {}, rows.map((row) => h('tr', rowAttributes?.(row) ?? {}, columns.map((column) => cell(column, row))))),
  );
  return h('div', { class: 'scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 }, table);
}
