/**
 * The objectives importer's parser: an uploaded table (tab- or comma-separated text, or a Word
 * document) to the preview of the plan and objectives it holds. Pure: it reads bytes and returns data,
 * or throws an ImportFileError naming the row at fault.
 */
import { academicYearOf, addDays, addYears } from '@equality-hub/domain';
import { checkObjective, checkPlan } from './check-rules';
import { columnLabel, isHeaderRow, matchColumns, type ColumnLayout } from './columns';
import { readHeading } from './heading';
import { ImportFileError } from './import-error';
import type { ImportFlag, ObjectivesPreview, PreviewPlan } from './preview';
import { readTable, type UploadedFile } from './read-table';
import { collectRecords } from './records';
import type { SourceRow } from './source-row';
import { toObjective } from './to-objective';

export interface ParseOptions {
  /** The academy's slug, echoed in the preview. */
  academy: string;
  /** Today (YYYY-MM-DD): a file without a heading gets a plan starting this academic year. */
  today: string;
  /** An existing plan to append to: the file's heading is then not read. */
  plan?: PreviewPlan;
}

const DEFAULT_PLAN_TITLE = 'Equality objectives';
/** Objectives are published at least every four years. */
const DEFAULT_PLAN_YEARS = 4;

const HEADER_EXAMPLE = 'Link to PSED | Protected characteristic | Aim | Objective | Target group(s) | Action | Who\'s responsible | Dates | Milestone/progress';

function findHeader(rows: readonly SourceRow[]): { position: number; layout: ColumnLayout } {
  for (const [position, row] of rows.entries()) {
    const layout = matchColumns(row.cells);
    if (isHeaderRow(layout)) return { position, layout };
  }
  const last = rows.at(-1)?.source;
  throw new ImportFileError(null, `no header row found${last ? ` (read to ${last})` : ''}: expected columns such as ${HEADER_EXAMPLE}`);
}

/**
 * The plan to append to, or else the plan from the heading (held to the plan rules), or a four-year plan
 * from this academic year with the gaps flagged.
 */
function planOf(rowsAbove: readonly SourceRow[], options: ParseOptions): { plan: PreviewPlan; flags: ImportFlag[] } {
  if (options.plan) return { plan: options.plan, flags: [] };
  const heading = readHeading(rowsAbove);
  const today = options.today;
  const periodStart = `${academicYearOf(today).slice(0, 4)}-09-01`;
  const fallback = { periodStart, periodEnd: addDays(addYears(periodStart, DEFAULT_PLAN_YEARS), -1) };
  const flags: ImportFlag[] = [];
  if (!heading) {
    flags.push({ row: null, field: 'plan.title', text: null, message: `no heading such as "EQUALITY OBJECTIVES: 2020 - 2024" above the table: the plan is called "${DEFAULT_PLAN_TITLE}"` });
  }
  if (!heading?.period) {
    flags.push({
      row: heading?.at.source ?? null,
      field: 'plan.period',
      text: heading?.title ?? null,
      message: `no span of years in a heading: the plan runs ${DEFAULT_PLAN_YEARS} academic years from ${fallback.periodStart}`,
    });
  }
  const plan = {
    title: heading?.title ?? DEFAULT_PLAN_TITLE,
    periodStart: heading?.period?.start ?? fallback.periodStart,
    periodEnd: heading?.period?.end ?? fallback.periodEnd,
  };
  checkPlan(plan, heading?.at ?? null);
  return { plan, flags };
}

export function parseObjectives(file: UploadedFile, options: ParseOptions): ObjectivesPreview {
  const rows = readTable(file);
  const { position, layout } = findHeader(rows);
  const header = rows[position];
  if (layout.index.psedLink === undefined) {
    throw new ImportFileError(header, `the header row has no "${columnLabel('psedLink')}" column, which every objective needs`);
  }
  const columnFlags: ImportFlag[] = layout.unrecognised.map(({ header: text }) => ({
    row: header.source,
    field: 'columns',
    text,
    message: 'column not recognised: its cells are not imported',
  }));

  const { plan, flags: planFlags } = planOf(rows.slice(0, position), options);

  const { records, flags: rowFlags } = collectRecords(header, layout, rows.slice(position + 1));
  if (records.length === 0) throw new ImportFileError(header, 'no objectives below the header row');
  const objectives = records.map((record) => {
    const objective = toObjective(record);
    checkObjective(objective, record);
    return objective;
  });

  return { academy: options.academy, plan, objectives, flags: [...planFlags, ...columnFlags, ...rowFlags] };
}
