/**
 * The Trust's pay and recruitment data through the real Strapi: served on the restricted routes to the
 * restricted token only; never reachable from a public route (populate, filters) nor by the public, the
 * read-only token, a token without the scopes, an academy editor (own academy included) or a Trust
 * admin; Trust HR holds it. Approving a snapshot publishes exactly its Trust-level figures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { genderPayGap, PayGapPublication, PayRecord, PaySnapshotRow, RecruitmentRolloutRow, VacancyRow } from '@equality-hub/domain';
import { RESTRICTED_ROUTES, UID } from '@equality-hub/strapi-plugin-equality/uids';
import { adminLogin, contentManager } from './helpers/admin';
import { editorOf, TRUST_ADMIN, TRUST_HR } from './helpers/demo-accounts';
import { request } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { aggregatorToken, restrictedToken } from './helpers/tokens';

const RESTRICTED_FIELDS = ['employeeRef', 'ordinaryPay', 'bonusPayInPeriod', 'bonusPay12Months', 'weeklyHours', 'fullPayRelevant', 'shortlistingMethod', 'applicants', 'applicantBreakdown', 'leadersTrained'];
const PUBLIC_COLLECTIONS = ['academies', 'plans', 'objectives', 'statements', 'information', 'trust-objectives', 'pay-gap-reports'];

describe('restricted pay and recruitment data', () => {
  let app: TestStrapi;
  let customToken: string;
  const api = (path: string) => `${app.url}/api/equality/${path}`;

  before(async () => {
    app = await startStrapi();
    // A custom token with every public scope but none of the restricted ones.
    const created = await app.strapi.service('admin::api-token-content-api').create({
      name: 'public-scopes-only',
      type: 'custom',
      permissions: ['plugin::equality.academy.find', 'plugin::equality.objective.find', 'plugin::equality.pay-gap-report.find'],
      lifespan: null,
    });
    customToken = created.accessKey;
  });
  after(() => app?.stop());

  async function allPages<T>(path: string, schema: { parse: (value: unknown) => T }): Promise<T[]> {
    const rows: T[] = [];
    for (let page = 1; ; page += 1) {
      const response = await request(api(`${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=100`), { token: restrictedToken() });
      assert.equal(response.status, 200, JSON.stringify(response.body));
      rows.push(...response.body.data.map((row: unknown) => schema.parse(row)));
      if (page >= response.body.meta.pagination.pageCount) return rows;
    }
  }

  it('serves every restricted route to the restricted token, in the shared wire format', async () => {
    const snapshots = await allPages('restricted/pay-snapshots', PaySnapshotRow);
    assert.deepEqual(snapshots.map((row) => row.snapshotDate), ['2024-03-31', '2025-03-31']);
    assert.ok(snapshots[0]!.approvedOn && !snapshots[1]!.approvedOn);
    const records = await allPages('restricted/pay-records?snapshot=2025-03-31', PayRecord);
    assert.equal(records.length, snapshots[1]!.recordCount);
    assert.ok(records.length >= 250, 'the demo Trust is past the 250 threshold');
    const vacancies = await allPages('restricted/vacancies', VacancyRow);
    assert.ok(vacancies.some((vacancy) => vacancy.applicantBreakdown !== null));
    const rollouts = await allPages('restricted/recruitment-rollouts', RecruitmentRolloutRow);
    assert.ok(rollouts.some((rollout) => rollout.academy?.slug === 'oakfield-primary' && rollout.status === 'not-started'));
  });

  it('answers 400 naming the parameter for a bad snapshot date or page size', async () => {
    const badDate = await request(api('restricted/pay-records?snapshot=31-03-2025'), { token: restrictedToken() });
    assert.equal(badDate.status, 400);
    assert.match(JSON.stringify(badDate.body), /snapshot/);
    const tooLarge = await request(api('restricted/vacancies?pageSize=1000'), { token: restrictedToken() });
    assert.equal(tooLarge.status, 400);
    assert.match(JSON.stringify(tooLarge.body), /pageSize/);
  });

  it('refuses every restricted route to the public, the read-only token and a token without the scopes', async () => {
    for (const { path } of RESTRICTED_ROUTES) {
      const url = api(`restricted/${path}?snapshot=2025-03-31`);
      for (const [who, token] of [['public', undefined], ['read-only token', aggregatorToken()], ['custom token without the scopes', customToken]] as const) {
        const response = await request(url, { token });
        assert.equal(response.status, who === 'public' ? 403 : 403, `${who} on ${path}: ${response.status}`);
        assert.doesNotMatch(JSON.stringify(response.body), /employeeRef|ordinaryPay/);
      }
    }
  });

  it('reaches no restricted field through populate=* or filters on any public route, with the read-only token', async () => {
    for (const collection of PUBLIC_COLLECTIONS) {
      const populated = await request(api(`${collection}?populate=*`), { token: aggregatorToken() });
      assert.equal(populated.status, 200, `${collection}: ${JSON.stringify(populated.body)}`);
      const text = JSON.stringify(populated.body);
      for (const field of RESTRICTED_FIELDS) assert.ok(!text.includes(`"${field}"`), `${collection}?populate=* exposes ${field}`);
    }
    const attempts = [
      'academies?filters[payRecords][ordinaryPay][$gt]=0',
      'academies?filters[vacancies][applicants][$gt]=0',
      'academies?populate[payRecords]=*',
      'academies?populate[vacancies]=*',
      'objectives?filters[academy][payRecords][sex][$eq]=F',
      'trust-objectives?populate[contributions][populate][academy][populate]=*',
    ];
    for (const attempt of attempts) {
      const response = await request(api(attempt), { token: aggregatorToken() });
      const text = JSON.stringify(response.body);
      assert.ok(response.status === 400 || response.status === 200, `${attempt}: ${response.status}`);
      for (const field of RESTRICTED_FIELDS) assert.ok(!text.includes(`"${field}"`), `${attempt} exposes ${field}`);
    }
  });

  it('keeps pay, snapshots and applicant breakdowns from academy editors (own academy included) and Trust admins', async () => {
    const hr = await adminLogin(app.url, TRUST_HR);
    const records = await contentManager(app.url, hr, UID.PAY_RECORD).list('pageSize=100&filters[academy][slug][$eq]=st-georges');
    assert.equal(records.status, 200);
    const ownRecord = records.body.results[0].documentId as string;
    for (const account of [editorOf('st-georges'), TRUST_ADMIN]) {
      const token = await adminLogin(app.url, account);
      for (const uid of [UID.PAY_RECORD, UID.PAY_SNAPSHOT, UID.APPLICANT_BREAKDOWN]) {
        const list = await contentManager(app.url, token, uid).list();
        assert.equal(list.status, 403, `${account.email} lists ${uid}: ${list.status}`);
      }
      const read = await contentManager(app.url, token, UID.PAY_RECORD).get(ownRecord);
      assert.equal(read.status, 403, `${account.email} reads a St George's pay record: ${read.status}`);
    }
  });

  it('lets an academy editor keep their own vacancies, and no one else’s', async () => {
    const editor = await adminLogin(app.url, editorOf('st-georges'));
    const vacancies = await contentManager(app.url, editor, UID.VACANCY).list('pageSize=100&populate=academy');
    assert.equal(vacancies.status, 200);
    assert.ok(vacancies.body.results.length > 0);
    const hr = await adminLogin(app.url, TRUST_HR);
    const all = await contentManager(app.url, hr, UID.VACANCY).list('pageSize=100');
    assert.ok(all.body.pagination.total > vacancies.body.pagination.total, 'the editor sees only their academy');
  });

  it('publishes a snapshot’s Trust-level figures once Trust HR approves it, computed on the pooled records', async () => {
    const before = await request(api('pay-gap-reports'));
    assert.equal(before.status, 200);
    assert.deepEqual(before.body.data.map((report: { snapshotYear: number }) => report.snapshotYear), [2024]);

    const hr = await adminLogin(app.url, TRUST_HR);
    const snapshots = contentManager(app.url, hr, UID.PAY_SNAPSHOT);
    const latest = (await snapshots.list('filters[snapshotDate][$eq]=2025-03-31')).body.results[0];
    const approved = await snapshots.update(latest.documentId, { approvedOn: '2026-01-10', approvedBy: 'Director of People' });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));

    const reports = await request(api('pay-gap-reports'));
    assert.deepEqual(reports.body.data.map((report: { snapshotYear: number }) => report.snapshotYear), [2025, 2024]);
    const report = PayGapPublication.parse(reports.body.data[0]);
    assert.equal(report.publishBy, '2026-03-30');

    const records = await allPages('restricted/pay-records?snapshot=2025-03-31', PayRecord);
    const pooled = genderPayGap(records, { method: { termTimeOnly: 'annualised-hours', variableHoursShortService: 'weeks-worked' } });
    assert.equal(report.genderPayGap.meanHourlyGapPercent, pooled.meanHourlyGapPercent);
    assert.equal(report.genderPayGap.medianHourlyGapPercent, pooled.medianHourlyGapPercent);
    assert.deepEqual(report.genderPayGap.quartiles, pooled.quartiles);
    assert.equal(report.employerSize, '250 to 499');
    const text = JSON.stringify(reports.body);
    for (const field of RESTRICTED_FIELDS) assert.ok(!text.includes(`"${field}"`), `the publication exposes ${field}`);
    assert.ok(!text.includes('"academies"'), 'no per-academy pay figures are published');
    const chances = report.workforceProfile.byAcademy.find((row) => row.academy === 'chances-mentoring');
    assert.equal(chances?.total, null, 'a staff of fewer than 10 is suppressed in the workforce profile');

    const csv = await fetch(api('pay-gap-reports/2025/gov-uk.csv'));
    assert.equal(csv.status, 200);
    const [header, row] = (await csv.text()).trim().split(/\r?\n/);
    assert.match(header!, /^DiffMeanHourlyPercent,DiffMedianHourlyPercent,/);
    assert.ok(row!.startsWith(`${pooled.meanHourlyGapPercent},${pooled.medianHourlyGapPercent},`));

    // Withdrawing the approval takes the report down again.
    await snapshots.update(latest.documentId, { approvedOn: null, approvedBy: null });
    const withdrawn = await request(api('pay-gap-reports'));
    assert.deepEqual(withdrawn.body.data.map((report: { snapshotYear: number }) => report.snapshotYear), [2024]);
  });

  it('sends no pay or applicant value in the events that feed webhooks', async () => {
    const events: Array<{ event: string; payload: { uid?: string; entry?: Record<string, unknown> } }> = [];
    const unsubscribe = app.strapi.eventHub.subscribe(async (event: string, payload: any) => void events.push({ event, payload }));
    try {
      const snapshot = (await app.strapi.documents(UID.PAY_SNAPSHOT).findFirst({ filters: { snapshotDate: '2025-03-31' } } as never)) as { documentId: string };
      const record = await app.strapi.documents(UID.PAY_RECORD).create({
        data: { snapshot: snapshot.documentId, employeeRef: 'E-WEBHOOK', sex: 'F', ordinaryPay: 4321.5, bonusPayInPeriod: 0, payPeriodDays: 31, weeklyHours: 30, bonusPay12Months: 987, fullPayRelevant: true },
      } as never);
      await app.strapi.documents(UID.PAY_RECORD).delete({ documentId: (record as { documentId: string }).documentId } as never);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      unsubscribe();
    }
    const payRecordEvents = events.filter(({ payload }) => payload?.uid === UID.PAY_RECORD);
    assert.ok(payRecordEvents.some(({ event }) => event === 'entry.create'), 'the write did emit its event');
    const text = JSON.stringify(payRecordEvents);
    for (const value of ['E-WEBHOOK', '4321.5', '987', 'ordinaryPay', 'employeeRef']) assert.ok(!text.includes(value), `an event carries ${value}`);
  });

  it('leaves the restricted routes out of the public OpenAPI description', async () => {
    const document = await request(api('openapi.json'));
    const paths = Object.keys(document.body.paths);
    assert.ok(paths.some((path) => path.startsWith('/equality/pay-gap-reports')));
    assert.ok(!paths.some((path) => path.includes('restricted')));
  });
});
