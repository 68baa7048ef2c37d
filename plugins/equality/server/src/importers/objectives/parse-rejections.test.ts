/** Files the importer refuses: each with a message that names the row at fault. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { ImportFileError, parseObjectives } from '.';

const OPTIONS = { academy: 'oakfield-primary', today: '2025-10-01' };
const HEADER = ['Link to PSED', 'Protected characteristic', 'Aim', 'Objective', 'Target group(s)', 'Action', "Who's responsible?", 'Dates', 'Milestone/progress'];
const ROW = ['Advance equality of opportunity', 'Disability', 'Attendance', 'Raise attendance', 'Pupils with SEND', 'Call home', 'Head', 'On-going', 'Baseline'];

const tsv = (...rows: string[][]) => new TextEncoder().encode(rows.map((cells) => cells.join('\t')).join('\n'));

function refusal(name: string, bytes: Uint8Array): ImportFileError {
  try {
    parseObjectives({ name, bytes }, OPTIONS);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  assert.fail('the file was accepted');
}

describe('parseObjectives refuses', () => {
  it('a file with no recognisable header', () => {
    const error = refusal('notes.txt', tsv(['Equality objectives'], ['We will close the gaps.']));
    assert.equal(error.row, null);
    assert.match(error.message, /^no header row found \(read to line 2\): expected columns such as Link to PSED \| Protected characteristic/);
  });

  it('a row with more cells than the header has columns, naming the row', () => {
    const error = refusal('objectives.tsv', tsv(['Title'], HEADER, ROW, [...ROW, 'Stray note']));
    assert.equal(error.message, 'line 4: this row has 10 cells but the header row (line 2) has 9 columns');
    assert.deepEqual(error.toProblem(), { row: 4, message: 'this row has 10 cells but the header row (line 2) has 9 columns' });
  });

  it('but not a row padded with empty cells', () => {
    assert.equal(parseObjectives({ name: 'objectives.tsv', bytes: tsv(HEADER, [...ROW, '', '']) }, OPTIONS).objectives.length, 1);
  });

  it('a header without the PSED column every objective needs', () => {
    const error = refusal('objectives.tsv', tsv(HEADER.slice(1), ROW.slice(1)));
    assert.equal(error.message, 'line 1: the header row has no "Link to PSED" column, which every objective needs');
  });

  it('a row whose PSED link names no aim', () => {
    const error = refusal('objectives.tsv', tsv(HEADER, ROW, ['Wellbeing', ...ROW.slice(1)]));
    assert.equal(error.message, 'line 3: column "Link to PSED": psedAims needs at least one PSED aim');
  });

  it('a row that names no characteristic and no target group, or no objective', () => {
    assert.equal(
      refusal('objectives.tsv', tsv(HEADER, ['Advance equality of opportunity', '', 'Aim', 'Objective', '', 'Action', 'Head', 'On-going', ''])).message,
      'line 2: column "Protected characteristic": protectedCharacteristics or targetGroups: name at least one protected characteristic or target group',
    );
    assert.equal(
      refusal('objectives.tsv', tsv(HEADER, ['Advance equality of opportunity', 'Sex', 'Aim', '', 'Girls', 'Action', 'Head', 'On-going', ''])).message,
      'line 2: column "Objective": objective is required',
    );
  });

  it('a header with nothing below it', () => {
    assert.equal(refusal('objectives.tsv', tsv(HEADER, [])).message, 'line 1: no objectives below the header row');
  });

  it('a heading whose plan runs longer than four years, naming the heading', () => {
    const error = refusal('objectives.tsv', tsv(['EQUALITY OBJECTIVES: 2017 - 2022'], HEADER, ROW));
    assert.equal(
      error.message,
      'line 1: periodEnd (2022-08-31) is more than 4 years after periodStart (2017-09-01): objectives must be renewed at least every four years',
    );
  });

  it('comma-separated text with a quote left open, naming the line it opens on', () => {
    const csv = new TextEncoder().encode(`${HEADER.map((header) => `"${header}"`).join(',')}\n"Advance equality of opportunity,Disability\n`);
    const error = refusal('objectives.csv', csv);
    assert.equal(error.row, 'line 2');
    assert.match(error.message, /^line 2: cannot read the comma-separated text: Quote Not Closed/);
  });

  it('a file named .docx that is not one, and an old .doc', () => {
    assert.equal(refusal('objectives.docx', tsv(HEADER, ROW)).message, 'this is not a Word document (.docx): it cannot be unzipped');
    assert.equal(refusal('objectives.doc', tsv(HEADER, ROW)).message, 'old Word documents (.doc) cannot be read: save the file as .docx');
  });

  it('a Word table row with more cells than the header, naming the table row', async () => {
    const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ text })] })) });
    const document = new Document({ sections: [{ children: [new Table({ rows: [row(HEADER), row(ROW), row([...ROW, 'Stray note'])] })] }] });
    const error = refusal('objectives.docx', new Uint8Array(await Packer.toBuffer(document)));
    assert.equal(error.message, 'table 1, row 3: this row has 10 cells but the header row (table 1, row 1) has 9 columns');
    assert.deepEqual(error.toProblem(), { message: error.message });
  });
});
