/**
 * The Board report through the real stack: the demo Strapi (seeded as of 2026-01-15) and the aggregator
 * over HTTP. Its HTML and CSV numbers are compared with the GraphQL API's answers to a client's own query;
 * anonymous readers get the public sections only; executives sign in through the form, whose cookie is
 * HttpOnly and SameSite=Strict and which refuses wrong passwords, other accounts and other sites.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { htmlTable } from '../helpers/html-tables';
import { pdfText } from '../helpers/pdf-text';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import type { Aggregator } from '../../aggregator/src/server';
import { DEMO_AS_OF, DEMO_YEAR, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource } from './helpers';

const PUBLIC_QUERY = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    academyCount
    ragCounts { red amber green }
    compliance { academy { urn name } rag objectiveCount measurableObjectiveCount information { publishedOn } }
    coverage { cells { aim characteristic objectiveCount academyCount notApplicable gap } }
    progress { objectiveCount noStatusCount byStatus { status count } overdueActions { description daysOverdue } }
  }
  trends { payGaps { snapshotDate meanHourlyGapPercent medianHourlyGapPercent } }
}`;

const EXECUTIVE_QUERY = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) { trustObjectives { code latestPayGap { snapshotDate quartiles { quarter femalePercent malePercent } } } }
  trends { unapprovedPayGaps { snapshotDate meanHourlyGapPercent } }
  blindRecruitment(academicYear: $year, asOf: $asOf) { vacancies anonymisedPercent academies { urn rolloutStatus vacancies anonymisedPercent } }
}`;

const QUARTER_LABELS = ['Lower quarter', 'Lower middle quarter', 'Upper middle quarter', 'Upper quarter'];
const value = (enumName: string) => enumName.toLowerCase().replace(/_/g, '-');

interface CsvRow {
  section: string;
  key: string;
  label: string;
  metric: string;
  value: string;
}

describe('the Board report', () => {
  let cms: TestStrapi;
  let aggregator: Aggregator;
  let api: any;
  let apiTrends: any;
  let restricted: any;
  let session: string;

  const url = (path: string, query = `academicYear=${encodeURIComponent(DEMO_YEAR)}&asOf=${DEMO_AS_OF}`) => `${aggregator.url}${path}${query ? `?${query}` : ''}`;
  const get = (path: string, cookie?: string) => fetch(url(path), { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const csvRows = async (response: Response): Promise<CsvRow[]> => parse(await response.text(), { bom: true, columns: true, skip_empty_lines: true });
  const metricOf = (rows: CsvRow[], section: string, key: string, metric: string) =>
    rows.find((row) => row.section === section && row.key === key && row.metric === metric)?.value;

  /** Posts the sign-in form as the report's own page would (same Origin). */
  const postSignIn = (fields: Record<string, string>, origin = aggregator.url) =>
    fetch(`${aggregator.url}/reports/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });

  before(async () => {
    cms = await startStrapi();
    aggregator = await startTestAggregator([trustSource(cms.url)]);
    const variables = { year: DEMO_YEAR, asOf: DEMO_AS_OF };
    const publicAnswer = await graphql(aggregator.url, PUBLIC_QUERY, { variables });
    assert.equal(publicAnswer.body.errors, undefined, JSON.stringify(publicAnswer.body.errors));
    api = publicAnswer.body.data.trustReport;
    apiTrends = publicAnswer.body.data.trends;
    const token = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
    const executiveAnswer = await graphql(aggregator.url, EXECUTIVE_QUERY, { variables, token });
    assert.equal(executiveAnswer.body.errors, undefined, JSON.stringify(executiveAnswer.body.errors));
    restricted = executiveAnswer.body.data;
  });

  after(async () => {
    await aggregator?.stop();
    await cms?.stop();
  });

  describe('for anyone', () => {
    it('shows compliance, coverage and progress in HTML with the numbers of the GraphQL report, and charts', async () => {
      const response = await get('/reports/trust.html');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'nonce-/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const html = await response.text();

      const rag = htmlTable(html, 'rag-table');
      for (const verdict of ['red', 'amber', 'green'] as const) assert.equal(rag.get(verdict)![1]!.value, String(api.ragCounts[verdict]), verdict);

      const compliance = htmlTable(html, 'compliance-table');
      assert.equal(compliance.size, api.academyCount);
      for (const entry of api.compliance) {
        const cells = compliance.get(entry.academy.urn)!;
        assert.equal(cells[0]!.text, entry.academy.name);
        assert.equal(cells[2]!.value, value(entry.rag), `${entry.academy.name} verdict`);
        assert.equal(cells[3]!.value, entry.information?.publishedOn);
        assert.equal(cells[5]!.value, String(entry.objectiveCount));
        assert.equal(cells[5]!.text, `${entry.objectiveCount} (${entry.measurableObjectiveCount} measurable)`);
      }

      const coverage = htmlTable(html, 'coverage-table');
      const aims = ['eliminate-discrimination', 'advance-equality-of-opportunity', 'foster-good-relations'];
      for (const found of api.coverage.cells) {
        const cell = coverage.get(value(found.characteristic))![1 + aims.indexOf(value(found.aim))]!;
        if (found.notApplicable) assert.equal(cell.text, 'Not applicable');
        else assert.equal(cell.value, String(found.objectiveCount), `${found.aim} × ${found.characteristic}`);
        if (found.gap) assert.equal(cell.text, 'Gap: no objective');
      }

      const progress = htmlTable(html, 'progress-table');
      for (const entry of api.progress.byStatus) assert.equal(progress.get(value(entry.status))![1]!.value, String(entry.count));
      if (api.progress.overdueActions.length) {
        const overdue = htmlTable(html, 'overdue-table');
        assert.equal(overdue.size, api.progress.overdueActions.length);
        assert.equal(overdue.get('1')![5]!.value, String(api.progress.overdueActions[0].daysOverdue));
      }

      const payTrend = htmlTable(html, 'pay-trend-table');
      assert.equal(payTrend.size, apiTrends.payGaps.length);
      for (const snapshot of apiTrends.payGaps) {
        assert.equal(payTrend.get(snapshot.snapshotDate)![2]!.value, String(snapshot.meanHourlyGapPercent));
        assert.equal(payTrend.get(snapshot.snapshotDate)![3]!.value, String(snapshot.medianHourlyGapPercent));
      }

      for (const chart of ['rag-chart', 'coverage-chart', 'progress-chart', 'pay-trend-chart']) {
        assert.match(html, new RegExp(`<svg [^>]*role="img" aria-labelledby="${chart}-title ${chart}-desc"`), chart);
      }
      assert.doesNotMatch(html, /<script/i);
    });

    it('shows no restricted section: no pay quarters, no recruitment rollout', async () => {
      const html = await (await get('/reports/trust.html')).text();
      assert.doesNotMatch(html, /id="pay-gap"|id="blind-recruitment"|data-restricted/);
      assert.doesNotMatch(html, /pay-quarters-table|rollout-table|pay-trend-all|Lower middle quarter|Piloting|anonymously|not yet approved/i);
      assert.match(html, /shown to Trust executives only/);
      assert.match(html, /href="\/reports\/sign-in\?next=/);

      const rows = await csvRows(await get('/reports/trust.csv'));
      assert.deepEqual(
        [...new Set(rows.map((row) => row.section))].sort(),
        ['compliance', 'coverage', 'overdue-actions', 'progress', 'rag-counts', 'report', 'trend-gaps', 'trend-pay-gap'].filter((section) => section !== 'overdue-actions' || api.progress.overdueActions.length),
      );
      assert.deepEqual(rows.filter((row) => row.section === 'trend-pay-gap').map((row) => row.key), apiTrends.payGaps.flatMap((snapshot: any) => [snapshot.snapshotDate, snapshot.snapshotDate]));
      assert.equal(metricOf(rows, 'report', '', 'executive'), 'false');

      const pdf = await pdfText(new Uint8Array(await (await get('/reports/trust.pdf')).arrayBuffer()));
      assert.ok(!QUARTER_LABELS.some((label) => pdf.includes(label)));
      assert.ok(!pdf.includes('Blind recruitment'));
    });

    it('gives a CSV that parses, with the numbers of the GraphQL report', async () => {
      const response = await get('/reports/trust.csv');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="trust-report-2025-26-2026-01-15\.csv"/);
      const rows = await csvRows(response);
      assert.deepEqual(Object.keys(rows[0]!), ['section', 'key', 'label', 'metric', 'value']);
      assert.equal(metricOf(rows, 'report', '', 'academyCount'), String(api.academyCount));
      for (const verdict of ['red', 'amber', 'green']) assert.equal(metricOf(rows, 'rag-counts', verdict, 'academies'), String(api.ragCounts[verdict]));
      for (const entry of api.compliance) {
        assert.equal(metricOf(rows, 'compliance', entry.academy.urn, 'rag'), value(entry.rag));
        assert.equal(metricOf(rows, 'compliance', entry.academy.urn, 'objectiveCount'), String(entry.objectiveCount));
        assert.equal(metricOf(rows, 'compliance', entry.academy.urn, 'measurableObjectiveCount'), String(entry.measurableObjectiveCount));
      }
      assert.equal(rows.filter((row) => row.section === 'coverage' && row.metric === 'objectiveCount').length, api.coverage.cells.length);
      for (const found of api.coverage.cells) {
        const key = `${value(found.aim)}/${value(found.characteristic)}`;
        assert.equal(metricOf(rows, 'coverage', key, 'objectiveCount'), String(found.objectiveCount), key);
        assert.equal(metricOf(rows, 'coverage', key, 'academyCount'), String(found.academyCount), key);
        assert.equal(metricOf(rows, 'coverage', key, 'status'), found.notApplicable ? 'not-applicable' : found.gap ? 'gap' : 'covered');
      }
      assert.equal(metricOf(rows, 'progress', '', 'objectiveCount'), String(api.progress.objectiveCount));
      for (const entry of api.progress.byStatus) assert.equal(metricOf(rows, 'progress', value(entry.status), 'objectiveCount'), String(entry.count));
    });

    it('gives a PDF of the same report', async () => {
      const response = await get('/reports/trust.pdf');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
      const text = await pdfText(bytes);
      assert.ok(text.includes(`Equality report to the Trust Board, ${DEMO_YEAR}`));
      for (const entry of api.compliance) assert.ok(text.includes(entry.academy.name), entry.academy.name);
      assert.ok(text.includes('Coverage heat map'));
    });

    it('refuses malformed parameters, naming them', async () => {
      const year = await fetch(url('/reports/trust.html', 'academicYear=2025/27'));
      assert.equal(year.status, 400);
      assert.match(await year.text(), /academicYear must name two consecutive years/);
      const day = await fetch(url('/reports/trust.csv', 'asOf=15-01-2026'));
      assert.equal(day.status, 400);
      assert.match(await day.text(), /asOf must be a calendar date/);
    });
  });

  describe('signing in', () => {
    it('serves a sign-in form', async () => {
      const response = await fetch(url('/reports/sign-in', 'next=/reports/trust.html'));
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, /<form method="post" action="\/reports\/sign-in">/);
      assert.match(html, /<label for="password">Password<\/label><input id="password" name="password" type="password"/);
    });

    it('refuses a wrong password, another site, and an account that is not an executive, setting no cookie', async () => {
      const wrong = await postSignIn({ email: EXECUTIVE.identifier, password: 'not-the-password', next: '/reports/trust.html' });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.headers.get('set-cookie'), null);
      assert.match(await wrong.text(), /The email address or password is not right/);

      const crossSite = await postSignIn({ email: EXECUTIVE.identifier, password: EXECUTIVE.password }, 'https://evil.example');
      assert.equal(crossSite.status, 403);
      assert.equal(crossSite.headers.get('set-cookie'), null);

      const authenticated = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
      await cms.strapi.plugin('users-permissions').service('user').add({
        username: 'governor', email: 'governor@equality-hub.test', password: 'Governor-2026', provider: 'local', confirmed: true, blocked: false, role: authenticated.id,
      });
      const member = await postSignIn({ email: 'governor@equality-hub.test', password: 'Governor-2026' });
      assert.equal(member.status, 403);
      assert.equal(member.headers.get('set-cookie'), null);
      assert.match(await member.text(), /not a Trust executive/);
    });

    it('signs the executive in with an HttpOnly, SameSite=Strict cookie and goes back to the report', async () => {
      const next = `/reports/trust.html?academicYear=${encodeURIComponent(DEMO_YEAR)}&asOf=${DEMO_AS_OF}`;
      const response = await postSignIn({ email: EXECUTIVE.identifier, password: EXECUTIVE.password, next });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), next);
      const cookie = response.headers.get('set-cookie')!;
      assert.match(cookie, /^eqhub_report_session=[^;]+;/);
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Strict/);
      assert.match(cookie, /; Path=\/reports/);
      assert.doesNotMatch(cookie, /; Secure/, 'not in development, over plain HTTP');
      session = cookie.split(';')[0]!;
    });
  });

  describe('for a signed-in executive', () => {
    it('adds the pay quarters and the blind-recruitment rollout, with the numbers of the GraphQL API', async () => {
      const html = await (await get('/reports/trust.html', session)).text();
      assert.match(html, /Signed in as a Trust executive/);
      assert.match(html, /<section id="pay-gap"[^>]*data-restricted="true"/);
      assert.match(html, /<section id="blind-recruitment"[^>]*data-restricted="true"/);

      const gap = restricted.trustReport.trustObjectives.find((objective: any) => objective.code === 'GENDER_PAY_GAP').latestPayGap;
      const quarters = htmlTable(html, 'pay-quarters-table');
      for (const quartile of gap.quartiles) {
        const cells = quarters.get(value(quartile.quarter))!;
        assert.equal(cells[1]!.value, String(quartile.femalePercent));
        assert.equal(cells[2]!.value, String(quartile.malePercent));
      }
      const rollout = htmlTable(html, 'rollout-table');
      for (const academy of restricted.blindRecruitment.academies) {
        const cells = rollout.get(academy.urn)!;
        assert.equal(cells[1]!.value, value(academy.rolloutStatus));
        assert.equal(cells[3]!.value, String(academy.vacancies));
        assert.equal(cells[4]!.value, academy.anonymisedPercent === null ? undefined : String(academy.anonymisedPercent));
      }
      for (const chart of ['pay-quarters-chart', 'pay-trend-all-chart', 'rollout-chart', 'recruitment-trend-chart']) assert.match(html, new RegExp(`aria-labelledby="${chart}-title`), chart);
      const allSnapshots = htmlTable(html, 'pay-trend-all-table');
      for (const snapshot of restricted.trends.unapprovedPayGaps) {
        assert.equal(allSnapshots.get(snapshot.snapshotDate)![1]!.text, 'Not yet: executives only');
        assert.equal(allSnapshots.get(snapshot.snapshotDate)![2]!.value, String(snapshot.meanHourlyGapPercent));
      }

      const rows = await csvRows(await get('/reports/trust.csv', session));
      assert.equal(metricOf(rows, 'report', '', 'executive'), 'true');
      for (const quartile of gap.quartiles) assert.equal(metricOf(rows, 'pay-quarters', value(quartile.quarter), 'femalePercent'), String(quartile.femalePercent));
      assert.equal(metricOf(rows, 'blind-recruitment', '', 'vacancies'), String(restricted.blindRecruitment.vacancies));
      for (const academy of restricted.blindRecruitment.academies) assert.equal(metricOf(rows, 'blind-recruitment', academy.urn, 'rolloutStatus'), value(academy.rolloutStatus));

      const pdf = await pdfText(new Uint8Array(await (await get('/reports/trust.pdf', session)).arrayBuffer()));
      for (const label of QUARTER_LABELS) assert.ok(pdf.includes(label), label);
      assert.ok(pdf.includes('Blind recruitment'));
    });

    it('treats a forged or expired session as anonymous, and says so', async () => {
      const response = await get('/reports/trust.html', 'eqhub_report_session=not-a-real-token');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('set-cookie') ?? '', /eqhub_report_session=;.*Expires=Thu, 01 Jan 1970/);
      const html = await response.text();
      assert.match(html, /Your sign-in has expired/);
      assert.doesNotMatch(html, /id="pay-gap"/);
    });

    it('signs out only from the same site, clearing the cookie', async () => {
      const crossSite = await fetch(`${aggregator.url}/reports/sign-out`, { method: 'POST', headers: { cookie: session, origin: 'https://evil.example' }, redirect: 'manual' });
      assert.equal(crossSite.status, 403);
      assert.equal(crossSite.headers.get('set-cookie'), null);
      const response = await fetch(`${aggregator.url}/reports/sign-out`, { method: 'POST', headers: { cookie: session, origin: aggregator.url }, redirect: 'manual' });
      assert.equal(response.status, 303);
      assert.match(response.headers.get('set-cookie') ?? '', /^eqhub_report_session=;.*Expires=Thu, 01 Jan 1970/);
    });
  });

  it('marks the cookie Secure in production', async () => {
    const production = await startTestAggregator([trustSource(cms.url)], { production: true });
    try {
      const signedIn = await fetch(`${production.url}/reports/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: production.url },
        body: new URLSearchParams({ email: EXECUTIVE.identifier, password: EXECUTIVE.password }).toString(),
        redirect: 'manual',
      });
      assert.equal(signedIn.status, 303);
      assert.match(signedIn.headers.get('set-cookie') ?? '', /; Secure/);
    } finally {
      await production.stop();
    }
  });
});
