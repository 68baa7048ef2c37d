/**
 * Reads a payroll export (CSV, one row per relevant employee) into pay records, or says exactly what is
 * wrong with it. Any problem rejects the whole file: a pay gap computed from part of a payroll is wrong,
 * so the caller writes nothing unless `ok`.
 *
 * The header is fixed (PAYROLL_CSV_COLUMNS, in any order; surrounding spaces and a byte-order mark are
 * ignored). Each problem names the row (the file line the record starts on, the header being line 1) and
 * the column.
 */
import { CsvError, parse, type InfoDataSet } from 'csv-parse/sync';
import { IsoDate } from '../schemas';
import type { ImportProblem } from '../imports';
import { isStatutorySnapshotDate } from './publication';
import { Ethnicity, type PayRecord } from './records';

export const PAYROLL_CSV_COLUMNS = [
  'academy',
  'employee_ref',
  'sex',
  'ethnicity',
  'ordinary_pay',
  'bonus_pay_in_period',
  'pay_period_days',
  'weekly_hours',
  'bonus_pay_12_months',
  'full_pay_relevant',
] as const;
export type PayrollCsvColumn = (typeof PAYROLL_CSV_COLUMNS)[number];

/**
 * Normal contractual weekly hours above this are refused. No school contract comes near it, while the
 * usual mistakes do: annual or termly hours (1,265 directed hours, 1,950 for support staff) and FTE
 * percentages written where weekly hours belong.
 */
export const MAX_WEEKLY_HOURS = 100;

/** A pay period is at most a year (SI 2017/353 Sch 1 para 1: weekly, monthly … annual). */
export const MAX_PAY_PERIOD_DAYS = 366;

export interface PayrollCsvOptions {
  /** The slugs of the Trust's academies; a blank academy is the central team. */
  readonly academies: readonly string[];
}

export type PayrollCsvResult =
  | { readonly ok: true; readonly records: PayRecord[] }
  | { readonly ok: false; readonly problems: ImportProblem[] };

type Cells = Readonly<Record<PayrollCsvColumn, string>>;

/** Turns one cell into a value, or throws a CellProblem with the message for that cell. */
class CellProblem extends Error {}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

function required(value: string): string {
  if (value === '') throw new CellProblem('missing value');
  return value;
}

function decimal(value: string, example: string): number {
  if (!DECIMAL.test(required(value))) throw new CellProblem(`"${value}" is not a number: write plain digits with a decimal point, such as ${example}`);
  return Number(value);
}

function pay(value: string): number {
  const amount = decimal(value, '2345.67');
  if (amount < 0) throw new CellProblem(`pay cannot be negative (found ${value})`);
  return amount;
}

function yesNo(value: string): boolean {
  const answer = required(value).toLowerCase();
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  throw new CellProblem(`"${value}" is not yes or no`);
}

const READERS: { readonly [C in PayrollCsvColumn]: (value: string, options: PayrollCsvOptions) => PayRecord[keyof PayRecord] } = {
  academy: (value, { academies }) => {
    if (value === '') return null;
    if (!academies.includes(value)) throw new CellProblem(`unknown academy "${value}"; known: ${academies.join(', ') || 'none'} (blank for the central team)`);
    return value;
  },
  employee_ref: (value) => required(value),
  sex: (value) => {
    const sex = required(value).toUpperCase();
    if (sex !== 'M' && sex !== 'F') throw new CellProblem(`"${value}" is not M or F`);
    return sex;
  },
  ethnicity: (value) => {
    if (value === '') return null;
    const ethnicity = Ethnicity.parse(value);
    if (!ethnicity) throw new CellProblem(`unknown ethnicity code "${value}": use a 2021 Census code such as white-british or a DfE code such as WBRI`);
    return ethnicity;
  },
  ordinary_pay: pay,
  bonus_pay_in_period: pay,
  pay_period_days: (value) => {
    if (!INTEGER.test(required(value))) throw new CellProblem(`"${value}" is not a whole number of days`);
    const days = Number(value);
    if (days < 1 || days > MAX_PAY_PERIOD_DAYS) throw new CellProblem(`${value} days is not a pay period: 1 to ${MAX_PAY_PERIOD_DAYS}`);
    return days;
  },
  weekly_hours: (value) => {
    const hours = decimal(value, '37.5');
    if (hours <= 0 || hours > MAX_WEEKLY_HOURS) throw new CellProblem(`${value} hours a week is out of range: more than 0, at most ${MAX_WEEKLY_HOURS}`);
    return hours;
  },
  bonus_pay_12_months: pay,
  full_pay_relevant: yesNo,
};

const FIELDS: { readonly [C in PayrollCsvColumn]: keyof PayRecord } = {
  academy: 'academy',
  employee_ref: 'employeeRef',
  sex: 'sex',
  ethnicity: 'ethnicity',
  ordinary_pay: 'ordinaryPay',
  bonus_pay_in_period: 'bonusPayInPeriod',
  pay_period_days: 'payPeriodDays',
  weekly_hours: 'weeklyHours',
  bonus_pay_12_months: 'bonusPay12Months',
  full_pay_relevant: 'fullPayRelevant',
};

/** Where each column is in the file, or the problems with the header. */
function readHeader(header: readonly string[]): { positions: Record<PayrollCsvColumn, number> } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const expected = new Set<string>(PAYROLL_CSV_COLUMNS);
  header.forEach((name, index) => {
    if (!expected.has(name)) problems.push({ row: 1, column: name || `(column ${index + 1})`, message: `unexpected column "${name}"; the header is ${PAYROLL_CSV_COLUMNS.join(',')}` });
    else if (header.indexOf(name) !== index) problems.push({ row: 1, column: name, message: `column ${name} appears twice` });
  });
  for (const column of PAYROLL_CSV_COLUMNS) {
    if (!header.includes(column)) problems.push({ row: 1, column, message: `missing column ${column}; the header is ${PAYROLL_CSV_COLUMNS.join(',')}` });
  }
  if (problems.length > 0) return { problems };
  return { positions: Object.fromEntries(PAYROLL_CSV_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<PayrollCsvColumn, number> };
}

function readRecord(cells: Cells, row: number, options: PayrollCsvOptions, problems: ImportProblem[]): PayRecord | null {
  const record: Partial<Record<keyof PayRecord, unknown>> = {};
  let complete = true;
  for (const column of PAYROLL_CSV_COLUMNS) {
    try {
      record[FIELDS[column]] = READERS[column](cells[column], options);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      problems.push({ row, column, message: error.message });
      complete = false;
    }
  }
  return complete ? (record as PayRecord) : null;
}

/** A record as `info: true` returns it (csv-parse's types do not model that option). */
interface ParsedLine {
  record: string[];
  info: InfoDataSet;
}

/** The raw rows with the line each starts on, or the CSV syntax problem that stops reading. */
function readLines(text: string): { lines: { fields: string[]; row: number }[] } | { problem: ImportProblem } {
  // One line ending, so that line numbers count as an editor counts them.
  const normalised = text.replace(/\r\n?/g, '\n');
  try {
    const parsed = parse(normalised, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as ParsedLine[];
    // csv-parse counts lines up to a record's end; a quoted field may hold line breaks of its own.
    return {
      lines: parsed.map(({ record, info }) => ({
        fields: record,
        row: info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0),
      })),
    };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { problem: { row: typeof error.lines === 'number' ? error.lines : undefined, message: `the file is not valid CSV: ${error.message}` } };
  }
}

/** Reads a payroll export. `ok` only when every row is valid. */
export function parsePayrollCsv(text: string, options: PayrollCsvOptions): PayrollCsvResult {
  const read = readLines(text);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  const [header, ...rows] = read.lines;
  if (!header) return { ok: false, problems: [{ message: `the file is empty; its first line must be the header ${PAYROLL_CSV_COLUMNS.join(',')}` }] };
  const columns = readHeader(header.fields);
  if ('problems' in columns) return { ok: false, problems: columns.problems };
  if (rows.length === 0) return { ok: false, problems: [{ message: 'the file has a header but no employees' }] };

  const problems: ImportProblem[] = [];
  const records: PayRecord[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { fields, row } of rows) {
    if (fields.length !== PAYROLL_CSV_COLUMNS.length) {
      const missing = PAYROLL_CSV_COLUMNS.find((column) => columns.positions[column] >= fields.length);
      problems.push(
        missing
          ? { row, column: missing, message: `missing field: the row has ${fields.length} fields, the header ${PAYROLL_CSV_COLUMNS.length}` }
          : { row, message: `the row has ${fields.length} fields, the header ${PAYROLL_CSV_COLUMNS.length}` },
      );
      continue;
    }
    const cells = Object.fromEntries(PAYROLL_CSV_COLUMNS.map((column) => [column, fields[columns.positions[column]]])) as Cells;
    const record = readRecord(cells, row, options, problems);
    const ref = cells.employee_ref;
    if (ref !== '') {
      const first = firstRowOf.get(ref);
      if (first !== undefined) problems.push({ row, column: 'employee_ref', message: `duplicate employee_ref "${ref}": already on row ${first}` });
      else firstRowOf.set(ref, row);
    }
    if (record) records.push(record);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records };
}

export interface SnapshotDateOptions {
  /** Accept a date other than 31 March (a trial run, or a voluntary extra snapshot). */
  readonly allowNonStatutoryDate?: boolean;
}

/** The problem with a snapshot date, if any: it must be a real date, and 31 March unless allowed otherwise. */
export function snapshotDateProblem(date: string, options: SnapshotDateOptions = {}): ImportProblem | null {
  if (!IsoDate.safeParse(date).success) return { message: `snapshot date "${date}" is not a date (YYYY-MM-DD)` };
  if (!isStatutorySnapshotDate(date) && !options.allowNonStatutoryDate) {
    return { message: `snapshot date ${date} is not 31 March, the snapshot date of public authorities (SI 2017/353); allow a non-statutory date to import it anyway` };
  }
  return null;
}
