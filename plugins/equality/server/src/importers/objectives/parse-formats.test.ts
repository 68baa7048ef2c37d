/**
 * Tables of our own in each format the importer reads: tab-separated text (as Word exports it),
 * comma-separated text (as Excel saves it, quoted cells spanning lines) and a Word document generated
 * here with `docx`, merged cells and bullets included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { ObjectivesPreview, parseObjectives } from '.';

const OPTIONS = { academy: 'oakfield-primary', today: '2025-10-01' };
const HEADER = ['Link to PSED', 'Protected characteristic', 'Aim', 'Objective', 'Target group(s)', 'Action', "Who's responsible?", 'Dates', 'Milestone/progress'];

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (name: string, bytes: Uint8Array) => {
  const preview = parseObjectives({ name, bytes }, OPTIONS);
  // Whatever the format, the result is a preview as the schema defines it.
  assert.deepEqual(ObjectivesPreview.parse(preview), preview);
  return preview;
};

describe('tab-separated text', () => {
  const rows = [
    ['Section 3'],
    [...HEADER, 'Cost'],
    ['Foster good relations', 'Religion or belief', 'Pupils understand faiths', 'Visit three places of worship', 'Year 5 and Year 6', '• Plan visits', 'RE lead', 'Annually', 'Mosque visit done', '£300'],
    ['', '', '', '', '', 'Invite faith', '', '', '', ''],
    ['', '', '', '', '', 'Governor report', '', '', 'leaders in July', ''],
    [],
    HEADER,
    ['Eliminate discrimination; Wellbeing', 'Race', 'Fewer racist incidents', 'Halve racist incidents', 'Whole school', 'Log incidents', 'DSL', 'Whenever needed', '', ''],
    ['Approved by governors, July 2025'],
  ];
  const preview = parse('objectives.tsv', encode(rows.map((cells) => cells.join('\t')).join('\r\n')));

  it('flags the missing heading and the unknown column, and gives the plan four academic years from this one', () => {
    assert.deepEqual(preview.plan, { title: 'Equality objectives', periodStart: '2025-09-01', periodEnd: '2029-08-31' });
    assert.deepEqual(preview.flags, [
      { row: null, field: 'plan.title', text: null, message: 'no heading such as "EQUALITY OBJECTIVES: 2020 - 2024" above the table: the plan is called "Equality objectives"' },
      { row: null, field: 'plan.period', text: null, message: 'no span of years in a heading: the plan runs 4 academic years from 2025-09-01' },
      { row: 'line 2', field: 'columns', text: 'Cost', message: 'column not recognised: its cells are not imported' },
      { row: 'line 9', field: 'file', text: 'Approved by governors, July 2025', message: 'text outside the table: not imported' },
    ]);
  });

  it('appends continuation rows: a capitalised line is a new action, a fragment joins the last entry', () => {
    assert.equal(preview.objectives.length, 2);
    const [visits] = preview.objectives;
    assert.deepEqual(visits.actions, ['Plan visits', 'Invite faith', 'Governor report']);
    assert.deepEqual(visits.milestones, ['Mosque visit done leaders in July']);
    assert.deepEqual(visits.psedAims, ['foster-good-relations']);
    assert.deepEqual(visits.protectedCharacteristics, ['religion-or-belief']);
    assert.deepEqual(visits.targetGroups, ['year-groups']);
    assert.deepEqual(visits.dates, { start: null, end: null, ongoing: true, recurrence: 'annually', text: 'Annually' });
    assert.deepEqual(visits.flags, []);
  });

  it('skips the header repeated after a page break, and flags what it cannot read', () => {
    const incidents = preview.objectives[1];
    assert.equal(incidents.objective, 'Halve racist incidents');
    assert.deepEqual(incidents.psedAims, ['eliminate-discrimination']);
    assert.deepEqual(incidents.milestones, []);
    assert.deepEqual(incidents.flags, [
      { row: 'line 8', field: 'psedAims', text: 'Wellbeing', message: 'not one of the three aims of the Public Sector Equality Duty: kept for review' },
      { row: 'line 8', field: 'dates', text: 'Whenever needed', message: 'dates not read ("whenever needed" is not a date): kept as written for review' },
    ]);
    assert.deepEqual(incidents.dates, { start: null, end: null, ongoing: false, recurrence: 'none', text: 'Whenever needed' });
  });
});

describe('comma-separated text', () => {
  const csv = [
    '"Equality objectives 2021/22 – 2024/25",,,,,,,,',
    'PSED link,Characteristic,Aim,Objective,Target group,Actions,Lead,Timescale,Progress',
    'Advance equality of opportunity,Disability,"Close the gap, in reading","Raise reading for pupils with SEND","Pupils with SEND, girls","- Phonics catch-up\n- Reading buddies","SENCo, English lead",Jan 2021 - July 2021,"<p>Baseline taken</p><p>Termly review</p>"',
    'All aims of duty,"Sex, Gender identity","Staff know the duty",Train every member of staff,Staff,"Annual training, with a quiz",Head,Sept 2020- ongoing,',
  ].join('\n');
  const preview = parse('objectives.csv', encode(csv));

  it('takes the plan from a heading in academic years', () => {
    assert.deepEqual(preview.plan, { title: 'Equality objectives 2021/22 – 2024/25', periodStart: '2021-09-01', periodEnd: '2025-08-31' });
    assert.deepEqual(preview.flags, []);
  });

  it('reads quoted cells, lines within them as entries', () => {
    assert.deepEqual(preview.objectives, [
      {
        psedAims: ['advance-equality-of-opportunity'],
        protectedCharacteristics: ['disability'],
        targetGroups: ['girls', 'pupils-with-send'],
        aim: 'Close the gap, in reading',
        objective: 'Raise reading for pupils with SEND',
        actions: ['Phonics catch-up', 'Reading buddies'],
        responsible: 'SENCo, English lead',
        dates: { start: '2021-01-01', end: '2021-07-31', ongoing: false, recurrence: 'none', text: 'Jan 2021 - July 2021' },
        milestones: ['Baseline taken', 'Termly review'],
        flags: [],
      },
      {
        psedAims: ['eliminate-discrimination', 'advance-equality-of-opportunity', 'foster-good-relations'],
        protectedCharacteristics: ['gender-reassignment', 'sex'],
        targetGroups: ['staff'],
        aim: 'Staff know the duty',
        objective: 'Train every member of staff',
        actions: ['Annual training, with a quiz'],
        responsible: 'Head',
        dates: { start: '2020-09-01', end: null, ongoing: true, recurrence: 'none', text: 'Sept 2020- ongoing' },
        milestones: [],
        flags: [],
      },
    ]);
  });
});

/** A Word document with the heading above the table, as schools write them. */
async function wordDocument(): Promise<Uint8Array> {
  const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((text) => new Paragraph({ text })) });
  const bullets = (...items: string[]) => new TableCell({ children: items.map((text) => new Paragraph({ text, bullet: { level: 0 } })) });
  const table = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: HEADER.map((header) => cell(header)) }),
      new TableRow({
        children: [
          // Merged down over the next row: the next row must not be taken for a continuation.
          new TableCell({ rowSpan: 2, children: [new Paragraph({ text: 'Advance equality of opportunity' })] }),
          new TableCell({ rowSpan: 2, children: [new Paragraph({ text: 'Disability' })] }),
          cell('Improve attendance'),
          cell('Raise attendance of pupils with SEND to 95%'),
          cell('Pupils with SEND'),
          bullets('Weekly attendance meetings', 'First-day calls home'),
          cell('Attendance officer'),
          cell('Sept 2020- ongoing'),
          cell('Autumn: 92%', 'Spring: 93.5%'),
        ],
      }),
      new TableRow({
        children: [
          cell('Accessible site'),
          cell('Install a ramp at the main entrance'),
          cell('Whole school', 'Parents and carers'),
          cell('Obtain quotes'),
          cell('Business manager'),
          cell('Jan 2021 - July 2021'),
          cell(),
        ],
      }),
      new TableRow({
        children: [
          cell(''),
          cell(''),
          cell(''),
          cell(''),
          cell(''),
          cell('Apply for the accessibility grant'),
          cell(''),
          cell(''),
          cell('complete.'),
        ],
      }),
    ],
  });
  const document = new Document({
    sections: [{ children: [new Paragraph({ text: 'EQUALITY OBJECTIVES: 2020 - 2024', heading: HeadingLevel.HEADING_1 }), table] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('Word document (.docx)', () => {
  it('reads the table, its merged cells, bullets and paragraphs, and the heading above it', async () => {
    const preview = parse('objectives.docx', await wordDocument());
    assert.deepEqual(preview.plan, { title: 'Equality objectives: 2020 - 2024', periodStart: '2020-09-01', periodEnd: '2024-08-31' });
    assert.deepEqual(preview.flags, []);
    assert.deepEqual(preview.objectives, [
      {
        psedAims: ['advance-equality-of-opportunity'],
        protectedCharacteristics: ['disability'],
        targetGroups: ['pupils-with-send'],
        aim: 'Improve attendance',
        objective: 'Raise attendance of pupils with SEND to 95%',
        actions: ['Weekly attendance meetings', 'First-day calls home'],
        responsible: 'Attendance officer',
        dates: { start: '2020-09-01', end: null, ongoing: true, recurrence: 'none', text: 'Sept 2020- ongoing' },
        milestones: ['Autumn: 92%', 'Spring: 93.5%'],
        flags: [],
      },
      {
        psedAims: ['advance-equality-of-opportunity'],
        protectedCharacteristics: ['disability'],
        targetGroups: ['whole-school', 'parents-and-carers'],
        aim: 'Accessible site',
        objective: 'Install a ramp at the main entrance',
        actions: ['Obtain quotes', 'Apply for the accessibility grant'],
        responsible: 'Business manager',
        dates: { start: '2021-01-01', end: '2021-07-31', ongoing: false, recurrence: 'none', text: 'Jan 2021 - July 2021' },
        milestones: ['complete.'],
        flags: [],
      },
    ]);
  });
});
