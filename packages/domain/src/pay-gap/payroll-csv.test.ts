import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeImportProblem, type ImportProblem } from '../imports';
import { MAX_WEEKLY_HOURS, PAYROLL_CSV_COLUMNS, parsePayrollCsv, snapshotDateProblem } from './payroll-csv';
import { PayRecord } from './records';

const HEADER = PAYROLL_CSV_COLUMNS.join(',');
const ACADEMIES = ['st-georges', 'oakfield-primary'];
const GOOD = 'st-georges,E001,F,white-british,2100.50,0,31,37,0,yes';

const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');
const read = (text: string) => parsePayrollCsv(text, { academies: ACADEMIES });

function problemsOf(text: string): ImportProblem[] {
  const result = read(text);
  assert.equal(result.ok, false, 'the file should be rejected');
  return result.ok ? [] : result.problems;
}

/** The one problem of a file with one bad row (on line 3, after a good row on line 2). */
function theProblem(badRow: string): ImportProblem {
  const problems = problemsOf(csv(GOOD, badRow));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0]!;
}

describe('reading a payroll export', () => {
  it('reads every column into a pay record', () => {
    const result = read(csv(GOOD, ',C002,m,,1800,25.5,7,16.25,300,no'));
    assert.ok(result.ok);
    assert.deepEqual(result.records, [
      { academy: 'st-georges', employeeRef: 'E001', sex: 'F', ethnicity: 'white-british', ordinaryPay: 2100.5, bonusPayInPeriod: 0, payPeriodDays: 31, weeklyHours: 37, bonusPay12Months: 0, fullPayRelevant: true },
      { academy: null, employeeRef: 'C002', sex: 'M', ethnicity: null, ordinaryPay: 1800, bonusPayInPeriod: 25.5, payPeriodDays: 7, weeklyHours: 16.25, bonusPay12Months: 300, fullPayRelevant: false },
    ]);
    for (const record of result.records) assert.ok(PayRecord.safeParse(record).success);
  });

  it('accepts the DfE School Workforce Census codes, in any case, as aliases', () => {
    const rows = ['WBRI', 'aind', 'CHNE', 'OOTH', 'REFU', 'NOBT'].map((code, index) => `oakfield-primary,E${index},F,${code},1000,0,31,30,0,yes`);
    const result = read(csv(...rows));
    assert.ok(result.ok);
    assert.deepEqual(result.records.map((record) => record.ethnicity), ['white-british', 'asian-indian', 'asian-chinese', 'other-any', 'prefer-not-to-say', 'not-known']);
  });

  it('ignores a byte-order mark, spaces around the header and cells, Windows line ends and blank lines', () => {
    const header = `\uFEFF ${PAYROLL_CSV_COLUMNS.join(' , ')} `;
    const result = read([header, ` ${GOOD.replaceAll(',', ' , ')} `, '', 'st-georges,E002,M,WOTH,2000,0,31,37,0,YES', ''].join('\r\n'));
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.records.map((record) => [record.employeeRef, record.ethnicity, record.fullPayRelevant]), [['E001', 'white-british', true], ['E002', 'white-other', true]]);
  });

  it('takes the columns in any order', () => {
    const reversed = [...PAYROLL_CSV_COLUMNS].reverse();
    const result = read([reversed.join(','), GOOD.split(',').reverse().join(',')].join('\n'));
    assert.ok(result.ok);
    assert.equal(result.records[0]!.employeeRef, 'E001');
    assert.equal(result.records[0]!.ordinaryPay, 2100.5);
  });
});

describe('a rejected payroll export names the row and the column', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['a missing field', 'st-georges,E002,F,white-british,2000,0,31,37', 'bonus_pay_12_months', /missing field/],
    ['a blank required value', 'st-georges,E002,F,white-british,,0,31,37,0,yes', 'ordinary_pay', /missing value/],
    ['a blank employee reference', 'st-georges,,F,white-british,2000,0,31,37,0,yes', 'employee_ref', /missing value/],
    ['negative ordinary pay', 'st-georges,E002,F,white-british,-5,0,31,37,0,yes', 'ordinary_pay', /cannot be negative/],
    ['negative bonus pay in the period', 'st-georges,E002,F,white-british,2000,-1,31,37,0,yes', 'bonus_pay_in_period', /cannot be negative/],
    ['negative bonus pay over 12 months', 'st-georges,E002,F,white-british,2000,0,31,37,-0.01,yes', 'bonus_pay_12_months', /cannot be negative/],
    ['pay written with a thousands separator', 'st-georges,E002,F,white-british,"2,000",0,31,37,0,yes', 'ordinary_pay', /not a number/],
    ['pay written with a currency sign', 'st-georges,E002,F,white-british,£2000,0,31,37,0,yes', 'ordinary_pay', /not a number/],
    ['no weekly hours', 'st-georges,E002,F,white-british,2000,0,31,0,0,yes', 'weekly_hours', /out of range/],
    ['annual hours written as weekly hours', `st-georges,E002,F,white-british,2000,0,31,1265,0,yes`, 'weekly_hours', /out of range/],
    ['weekly hours just over the limit', `st-georges,E002,F,white-british,2000,0,31,${MAX_WEEKLY_HOURS + 0.5},0,yes`, 'weekly_hours', /out of range/],
    ['a pay period of no days', 'st-georges,E002,F,white-british,2000,0,0,37,0,yes', 'pay_period_days', /1 to 366/],
    ['a pay period over a year', 'st-georges,E002,F,white-british,2000,0,367,37,0,yes', 'pay_period_days', /1 to 366/],
    ['a pay period in part days', 'st-georges,E002,F,white-british,2000,0,30.5,37,0,yes', 'pay_period_days', /whole number/],
    ['an unknown academy', 'st-marys,E002,F,white-british,2000,0,31,37,0,yes', 'academy', /unknown academy "st-marys"/],
    ['an unknown ethnicity code', 'st-georges,E002,F,ACHN,2000,0,31,37,0,yes', 'ethnicity', /unknown ethnicity code "ACHN"/],
    ['a sex other than M or F', 'st-georges,E002,X,white-british,2000,0,31,37,0,yes', 'sex', /not M or F/],
    ['full_pay_relevant other than yes or no', 'st-georges,E002,F,white-british,2000,0,31,37,0,true', 'full_pay_relevant', /not yes or no/],
    ['a duplicate employee reference', GOOD, 'employee_ref', /duplicate employee_ref "E001": already on row 2/],
  ];
  for (const [name, row, column, message] of cases) {
    it(`rejects ${name}`, () => {
      const problem = theProblem(row);
      assert.equal(problem.row, 3);
      assert.equal(problem.column, column);
      assert.match(problem.message, message);
      assert.match(describeImportProblem(problem), new RegExp(`^row 3, column ${column}: `));
    });
  }

  it('reports every problem of every row, not only the first', () => {
    const problems = problemsOf(csv(GOOD, 'st-marys,E002,X,white-british,2000,0,31,37,0,yes', 'st-georges,E003,F,white-british,-1,0,31,37,0,maybe'));
    assert.deepEqual(problems.map((problem) => [problem.row, problem.column]), [[3, 'academy'], [3, 'sex'], [4, 'ordinary_pay'], [4, 'full_pay_relevant']]);
  });

  it('counts file lines, so a row after blank lines or a quoted line break keeps its line number', () => {
    const problems = problemsOf(csv(GOOD, '', '"st-georges",E002,F,white-british,2000,0,31,37,0,"y', 'es"', 'st-georges,E003,X,white-british,2000,0,31,37,0,yes'));
    assert.deepEqual(problems.map((problem) => [problem.row, problem.column]), [[4, 'full_pay_relevant'], [6, 'sex']]);
  });

  it('says which header column is missing, unexpected or repeated', () => {
    const header = PAYROLL_CSV_COLUMNS.filter((column) => column !== 'weekly_hours').map((column) => (column === 'sex' ? 'gender' : column));
    const problems = problemsOf([[...header, 'academy'].join(','), GOOD].join('\n'));
    assert.deepEqual(problems.map((problem) => [problem.row, problem.column]), [[1, 'gender'], [1, 'academy'], [1, 'sex'], [1, 'weekly_hours']]);
    assert.match(problems[0]!.message, /unexpected column "gender"/);
    assert.match(problems[1]!.message, /appears twice/);
    assert.match(problems[2]!.message, /missing column sex/);
  });

  it('rejects an empty file, a file with no employees and a file that is not CSV', () => {
    assert.match(problemsOf('')[0]!.message, /empty/);
    assert.match(problemsOf(`\uFEFF${HEADER}\n`)[0]!.message, /no employees/);
    const [broken] = problemsOf(csv(GOOD, 'st-georges,"E002,F'));
    assert.equal(broken!.row, 3);
    assert.match(broken!.message, /not valid CSV/);
  });
});

describe('the snapshot date', () => {
  it('is 31 March unless a non-statutory date is allowed', () => {
    assert.equal(snapshotDateProblem('2025-03-31'), null);
    assert.match(snapshotDateProblem('2025-04-05')!.message, /not 31 March/);
    assert.equal(snapshotDateProblem('2025-04-05', { allowNonStatutoryDate: true }), null);
  });

  it('must be a real date', () => {
    assert.match(snapshotDateProblem('2025-02-30', { allowNonStatutoryDate: true })!.message, /not a date/);
    assert.match(snapshotDateProblem('31/03/2025')!.message, /not a date/);
  });
});
