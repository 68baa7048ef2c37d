import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { pdfText } from '../../../tests/helpers/pdf-text';
import { buildReport } from './build-report';
import { csvField, reportCsv } from './csv';
import { reportPage } from './html/report-page';
import type { BoardReportData } from './operation';
import { reportPdf } from './pdf';

const params = { academicYear: '2025/26', asOf: '2026-01-15' };

const cells = ['ELIMINATE_DISCRIMINATION', 'ADVANCE_EQUALITY_OF_OPPORTUNITY', 'FOSTER_GOOD_RELATIONS'].flatMap((aim) =>
  ['AGE', 'DISABILITY', 'GENDER_REASSIGNMENT', 'MARRIAGE_AND_CIVIL_PARTNERSHIP', 'PREGNANCY_AND_MATERNITY', 'RACE', 'RELIGION_OR_BELIEF', 'SEX', 'SEXUAL_ORIENTATION'].map((characteristic) => {
    const notApplicable = characteristic === 'MARRIAGE_AND_CIVIL_PARTNERSHIP' && aim !== 'ELIMINATE_DISCRIMINATION';
    const objectiveCount = notApplicable || characteristic === 'AGE' ? 0 : 2;
    return { aim, characteristic, objectiveCount, academyCount: objectiveCount ? 1 : 0, notApplicable, gap: !notApplicable && objectiveCount === 0 };
  }),
);

const data: BoardReportData = {
  trustReport: {
    academicYear: '2025/26',
    asOf: '2026-01-15',
    academyCount: 2,
    ragCounts: { red: 1, amber: 1, green: 0 },
    compliance: [
      {
        academy: { urn: '137001', name: "St George's <School>" },
        rag: 'AMBER',
        findings: ['1 objective has no measure with a baseline and a target.'],
        information: { academicYear: '2024/25', publishedOn: '2025-11-15', current: true },
        plan: { title: 'Objectives 2024–2028', periodStart: '2024-09-01', periodEnd: '2028-08-31', withinFourYears: true },
        objectiveCount: 4,
        measurableObjectiveCount: 3,
        statements: [{ title: 'Equality policy', approved: true, reviewDue: '2025-12-16', overdue: true }],
      },
      {
        academy: { urn: '142002', name: '=HYPERLINK("http://evil.example")' },
        rag: 'RED',
        findings: ['Equality information is over 12 months old.'],
        information: { academicYear: '2023/24', publishedOn: '2024-11-15', current: false },
        plan: null,
        objectiveCount: 0,
        measurableObjectiveCount: 0,
        statements: [],
      },
      null,
    ],
    coverage: { allCount: 1, cells },
    progress: {
      objectiveCount: 4,
      noStatusCount: 1,
      staleAfterDays: 120,
      byStatus: [{ status: 'ON_TRACK', count: 3 }],
      overdueActions: [{ description: 'Set up a student group', responsible: 'SWA', dueOn: '2026-01-01', daysOverdue: 14, objective: { objective: 'Diversity', academy: { name: "St George's" } } }],
      staleObjectives: [],
    },
    missingAcademies: [],
    trustObjectives: [
      {
        code: 'GENDER_PAY_GAP',
        latestPayGap: {
          snapshotDate: '2025-03-31', approved: false, relevantEmployees: 267, meanHourlyGapPercent: 22, medianHourlyGapPercent: 21.4,
          quartiles: [
            { quarter: 'LOWER', femalePercent: 80.3, malePercent: 19.7 },
            { quarter: 'LOWER_MIDDLE', femalePercent: 86.2, malePercent: 13.8 },
            { quarter: 'UPPER_MIDDLE', femalePercent: 80.3, malePercent: 19.7 },
            { quarter: 'UPPER', femalePercent: 58.5, malePercent: 41.5 },
          ],
        },
      },
    ],
  },
  trends: {
    gaps: [
      { academy: { urn: '137001', name: "St George's" }, metric: 'ATTENDANCE_RATE', pupilGroup: 'DISADVANTAGED', comparedWith: 'NOT_DISADVANTAGED',
        points: [{ academicYear: '2023/24', value: -5.9, suppressed: false }, { academicYear: '2024/25', value: -4.2, suppressed: false }] },
      { academy: { urn: '137001', name: "St George's" }, metric: 'ATTENDANCE_RATE', pupilGroup: 'NOT_DISADVANTAGED', comparedWith: 'DISADVANTAGED',
        points: [{ academicYear: '2023/24', value: 5.9, suppressed: false }, { academicYear: '2024/25', value: 4.2, suppressed: false }] },
      { academy: { urn: '142002', name: 'Chances' }, metric: 'ATTENDANCE_RATE', pupilGroup: 'BOYS', comparedWith: 'GIRLS',
        points: [{ academicYear: '2023/24', value: null, suppressed: true }] },
    ],
    payGaps: [{ snapshotDate: '2024-03-31', meanHourlyGapPercent: 9.9, medianHourlyGapPercent: 11.5 }],
    unapprovedPayGaps: [{ snapshotDate: '2025-03-31', meanHourlyGapPercent: 22, medianHourlyGapPercent: 21.4 }],
  },
  blindRecruitment: {
    statusOn: '2026-01-15', vacancies: 3, anonymisedPercent: 66.7, panelTrainedPercent: 100,
    academies: [{ urn: '137001', name: "St George's <School>", vacancies: 3, anonymisedPercent: 66.7, panelsTrained: 3, rolloutStatus: 'ALL_ROLES', rolloutSince: '2025-09-01', leadersTrained: 8, leadersTotal: 8 }],
    trend: [{ academicYear: '2024/25', vacancies: 4, anonymisedPercent: 25 }, { academicYear: '2025/26', vacancies: 3, anonymisedPercent: 66.7 }],
  },
};

const answer = { data, errors: [{ message: 'Source "north" could not be read: timed out' }] };

describe('the Board report', () => {
  it('has the public sections for anyone, and pay and recruitment for executives only', () => {
    assert.deepEqual(buildReport(answer, params, false).sections.map((section) => section.id), ['compliance', 'coverage', 'progress', 'trends']);
    const executive = buildReport(answer, params, true);
    assert.deepEqual(executive.sections.map((section) => [section.id, section.restricted]), [
      ['compliance', false], ['coverage', false], ['progress', false], ['trends', false], ['pay-gap', true], ['blind-recruitment', true],
    ]);
    assert.deepEqual(executive.notices, ['Source "north" could not be read: timed out']);
  });

  it('is a page with no script, its text escaped, every chart followed by its table', () => {
    const html = reportPage(buildReport(answer, params, true), { nonce: 'n0nce', params });
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<style nonce="n0nce">/);
    assert.match(html, /St George&#39;s &lt;School&gt;/);
    assert.doesNotMatch(html, /<School>/);
    assert.match(html, /<tr data-key="137001"><th scope="row">St George&#39;s &lt;School&gt;<\/th><td>137001<\/td><td class="tone-amber" data-value="amber">Amber<\/td>/);
    assert.match(html, /<td class="tone-gap" data-value="0">Gap: no objective<\/td>/);
    assert.match(html, /<li>Source &quot;north&quot; could not be read: timed out<\/li>/);
    // RAG, coverage, progress, gaps and published pay trends; pay quarters, all pay snapshots, rollout, recruitment trend.
    assert.equal(html.match(/<figure>/g)!.length, 9);
    assert.match(html, /<tr data-key="137001\/attendance-rate\/disadvantaged"><th scope="row">St George&#39;s: Attendance, Disadvantaged against Not disadvantaged<\/th><td data-value="-5.9">-5.9<\/td><td data-value="-4.2">-4.2<\/td><\/tr>/);
    assert.doesNotMatch(html, /attendance-rate\/not-disadvantaged/, 'each gap once, from the side of the group');
    assert.match(html, /<tr data-key="142002\/attendance-rate\/boys"><th scope="row">[^<]*<\/th><td class="tone-muted">withheld<\/td>/);
    assert.match(html, /<tr data-key="2025-03-31"><th scope="row" data-value="2025-03-31">31 March 2025<\/th><td class="tone-amber">Not yet: executives only<\/td>/);
    assert.match(html, /Signed in as a Trust executive/);
  });

  it('invites anyone else to sign in, and shows nothing restricted', () => {
    const html = reportPage(buildReport(answer, params, false), { nonce: 'n', params });
    assert.doesNotMatch(html, /pay-quarters|rollout-table|80\.3|pay-trend-all|2025-03-31/);
    assert.match(html, /<table id="pay-trend-table">/);
    assert.match(html, /href="\/reports\/sign-in\?next=%2Freports%2Ftrust.html%3FacademicYear%3D2025%252F26%26asOf%3D2026-01-15"/);
  });

  it('is a CSV of five columns that parses, numbers unformatted, formulas defused', () => {
    const csv = reportCsv(data, params, true);
    assert.ok(csv.startsWith('\uFEFFsection,key,label,metric,value\r\n'));
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    const find = (section: string, key: string, metric: string) => rows.find((row) => row.section === section && row.key === key && row.metric === metric)?.value;
    assert.equal(find('compliance', '137001', 'rag'), 'amber');
    assert.equal(find('compliance', '137001', 'objectiveCount'), '4');
    assert.equal(rows.find((row) => row.key === '142002')!.label, '\'=HYPERLINK("http://evil.example")');
    assert.equal(find('coverage', 'advance-equality-of-opportunity/age', 'status'), 'gap');
    assert.equal(find('coverage', 'foster-good-relations/marriage-and-civil-partnership', 'status'), 'not-applicable');
    assert.equal(find('coverage', 'eliminate-discrimination/race', 'objectiveCount'), '2');
    assert.equal(find('progress', 'on-track', 'objectiveCount'), '3');
    assert.equal(find('pay-quarters', 'lower-middle', 'femalePercent'), '86.2');
    assert.equal(find('blind-recruitment', '137001', 'rolloutStatus'), 'all-roles');
    assert.equal(find('recruitment-trend', '2024/25', 'anonymisedPercent'), '25');
    assert.equal(find('trend-gaps', '137001/attendance-rate/disadvantaged', '2024/25'), '-4.2');
    assert.equal(find('trend-pay-gap', '2025-03-31', 'meanHourlyGapPercent'), '22');

    const anonymous: Record<string, string>[] = parse(reportCsv(data, params, false), { bom: true, columns: true });
    assert.ok(!anonymous.some((row) => ['pay-gap', 'pay-quarters', 'blind-recruitment', 'recruitment-trend'].includes(row.section!)));
    assert.deepEqual(anonymous.filter((row) => row.section === 'trend-pay-gap').map((row) => row.key), ['2024-03-31', '2024-03-31']);
  });

  it('quotes CSV fields only when it must', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    assert.equal(csvField('-1+1'), "'-1+1");
    assert.equal(csvField(-3.2), '-3.2');
    assert.equal(csvField(null), '');
    assert.equal(csvField(false), 'false');
  });

  it('is a PDF with the same sections', async () => {
    const text = await pdfText(await reportPdf(buildReport(answer, params, true)));
    for (const words of ['Equality report to the Trust Board, 2025/26', 'Compliance by academy', "St George's <School>", 'Coverage heat map', 'Lower middle quarter', 'Blind recruitment', 'Notice: Source "north" could not be read']) {
      assert.ok(text.includes(words), words);
    }
  });
});
