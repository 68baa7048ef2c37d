/**
 * The payroll import through the real stack: the command line (`npm run import -- pay …`, a child
 * process on this test's database while this test's Strapi holds it open, as beside `npm start`) and
 * the admin routes. A good file is imported with matching counts; a re-import replaces the snapshot's
 * records and withdraws its approval; a dry run and every rejected file leave the database exactly as it
 * was; only holders of the pay-import action (Trust HR) reach the routes.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PAYROLL_CSV_COLUMNS } from '@equality-hub/domain';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { adminLogin } from './helpers/admin';
import { editorOf, TRUST_HR } from './helpers/demo-accounts';
import { ROOT } from './helpers/environment';
import { runImportCli } from './helpers/import-cli';
import { startStrapi, type TestStrapi } from './helpers/strapi';

const SAMPLE = path.join(ROOT, 'docs', 'samples', 'payroll-sample.csv');
const SAMPLE_TEXT = fs.readFileSync(SAMPLE, 'utf8');
const SAMPLE_ROWS = SAMPLE_TEXT.trim().split('\n').length - 1;
const HEADER = PAYROLL_CSV_COLUMNS.join(',');
// Years the demo seed leaves alone, so each test starts from a snapshot that does not exist.
const CLI_SNAPSHOT = '2019-03-31';
const ADMIN_SNAPSHOT = '2020-03-31';

let app: TestStrapi;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eqhub-pay-import-'));

before(async () => {
  app = await startStrapi();
});

after(async () => {
  await app?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

function csvFile(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

/**
 * Strapi's own boot-time bookkeeping, rewritten by every boot whatever the import does: the upload
 * plugin's weekly metrics schedule is re-drawn from the boot's clock while telemetry is off.
 */
const REWRITTEN_ON_BOOT = `key <> 'plugin_upload_metrics'`;

/** Every row of every table, hashed per table: two equal fingerprints mean nothing at all was written. */
async function fingerprint(): Promise<Record<string, string>> {
  const knex = app.strapi.db.connection;
  const tables = (await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)) as { name: string }[];
  const hashes: Record<string, string> = {};
  for (const { name } of tables) {
    const where = name === 'strapi_core_store_settings' ? ` WHERE ${REWRITTEN_ON_BOOT}` : '';
    const rows = await knex.raw(`SELECT * FROM "${name}"${where} ORDER BY 1`);
    hashes[name] = crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  }
  return hashes;
}

async function snapshotOf(snapshotDate: string) {
  return (await app.strapi.documents(UID.PAY_SNAPSHOT).findFirst({ filters: { snapshotDate } } as never)) as Record<string, any> | null;
}

async function recordsOf(snapshotDate: string) {
  return (await app.strapi.documents(UID.PAY_RECORD).findMany({
    filters: { snapshot: { snapshotDate } },
    populate: { academy: { fields: ['slug'] } },
    sort: ['employeeRef:asc'],
  } as never)) as Record<string, any>[];
}

/** The sample file with its rows cut to the first `count`. */
const sampleRows = (count: number) => SAMPLE_TEXT.trim().split('\n').slice(0, count + 1).join('\n');

describe('npm run import -- pay (the command line)', () => {
  it('checks the file with --dry-run, prints the summary and writes nothing', async () => {
    const before = await fingerprint();
    const run = await runImportCli(['pay', SAMPLE, '--snapshot', CLI_SNAPSHOT, '--dry-run']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json.ok, true);
    assert.equal(run.json.dryRun, true);
    assert.equal(run.json.result.rows, SAMPLE_ROWS);
    assert.deepEqual(run.json.result.snapshot, { snapshotDate: CLI_SNAPSHOT, exists: false, recordCount: 0, approvedOn: null });
    assert.deepEqual(await fingerprint(), before);
  });

  it('imports the sample file, with counts, academies, aliases and pay as the file has them', async () => {
    const run = await runImportCli(['pay', SAMPLE, '--snapshot', CLI_SNAPSHOT]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json.ok, true);
    assert.equal(run.json.result.rows, SAMPLE_ROWS);
    assert.equal(run.json.result.replaced, 0);

    const records = await recordsOf(CLI_SNAPSHOT);
    assert.equal(records.length, SAMPLE_ROWS);
    assert.equal(records.filter((record) => record.sex === 'M').length, run.json.result.men);
    assert.equal(records.filter((record) => record.sex === 'F').length, run.json.result.women);
    const byAcademy = Object.fromEntries((run.json.result.byAcademy as { academy: string | null; rows: number }[]).map(({ academy, rows }) => [String(academy), rows]));
    for (const [academy, rows] of Object.entries(byAcademy)) {
      assert.equal(records.filter((record) => String(record.academy?.slug ?? null) === academy).length, rows, `rows of ${academy}`);
    }
    const ceo = records.find((record) => record.employeeRef === 'CT-0001')!;
    assert.equal(ceo.academy, null, 'a blank academy is the central team');
    assert.equal(Number(ceo.ordinaryPay), 9166.67);
    assert.equal(Number(ceo.bonusPay12Months), 1500);
    assert.equal(records.find((record) => record.employeeRef === 'SG-0002')!.ethnicity, 'white-british', 'WBRI is read as white-british');
    assert.equal(records.find((record) => record.employeeRef === 'SG-0008')!.fullPayRelevant, false);

    const snapshot = (await snapshotOf(CLI_SNAPSHOT))!;
    assert.equal(snapshot.sourceFile, 'payroll-sample.csv');
    assert.ok(snapshot.importedOn);
  });

  it('replaces the snapshot on re-import, and withdraws its approval and figures', async () => {
    const snapshot = (await snapshotOf(CLI_SNAPSHOT))!;
    await app.strapi.documents(UID.PAY_SNAPSHOT).update({ documentId: snapshot.documentId, data: { approvedOn: '2019-06-01', approvedBy: 'Test HR' } } as never);
    assert.ok((await snapshotOf(CLI_SNAPSHOT))!.figures, 'approval computed the figures');

    const run = await runImportCli(['pay', csvFile('smaller.csv', sampleRows(5)), '--snapshot', CLI_SNAPSHOT]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json.result.replaced, SAMPLE_ROWS);
    assert.equal(run.json.result.approvalCleared, true);
    assert.deepEqual((await recordsOf(CLI_SNAPSHOT)).map((record) => record.employeeRef), ['SG-0001', 'SG-0002', 'SG-0003', 'SG-0004', 'SG-0005']);
    const after = (await snapshotOf(CLI_SNAPSHOT))!;
    assert.equal(after.documentId, snapshot.documentId, 'the same snapshot, not a new one');
    assert.equal(after.approvedOn, null);
    assert.equal(after.approvedBy, null);
    assert.equal(after.figures, null);
    assert.equal(after.sourceFile, 'smaller.csv');
  });

  const rejected: Array<{ name: string; text: string; args?: string[]; says: RegExp }> = [
    {
      name: 'a bad cell on the last row',
      text: `${sampleRows(SAMPLE_ROWS)}\nst-georges,SG-0099,F,white-british,-12.00,0,31,32.5,0,yes\n`,
      says: new RegExp(`row ${SAMPLE_ROWS + 2}, column ordinary_pay: pay cannot be negative`),
    },
    {
      name: 'a duplicate employee reference',
      text: `${sampleRows(3)}\noakfield-primary,SG-0002,M,WBRI,3000,0,31,32.5,0,yes\n`,
      says: /row 5, column employee_ref: duplicate employee_ref "SG-0002": already on row 3/,
    },
    {
      name: 'a header with a missing column',
      text: `${HEADER.replace(',weekly_hours', '')}\nst-georges,SG-0001,F,white-british,6120.00,0,31,0,yes\n`,
      says: /row 1, column weekly_hours: missing column weekly_hours/,
    },
    { name: 'a snapshot date other than 31 March', text: sampleRows(3), args: ['--snapshot', '2019-04-05'], says: /not 31 March/ },
  ];
  for (const { name, text, args, says } of rejected) {
    it(`rejects ${name}: exit 2, the problem on stderr, the database exactly as it was`, async () => {
      const before = await fingerprint();
      const run = await runImportCli(['pay', csvFile('rejected.csv', text), ...(args ?? ['--snapshot', CLI_SNAPSHOT])]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, says);
      assert.match(run.stderr, /nothing was written/);
      assert.equal(run.json.ok, false);
      assert.ok(run.json.problems.length >= 1);
      assert.deepEqual(await fingerprint(), before);
    });
  }

  it('accepts a date other than 31 March with --allow-non-statutory-date, and answers a usage mistake with exit 1', async () => {
    const dryRun = await runImportCli(['pay', SAMPLE, '--snapshot', '2019-04-05', '--allow-non-statutory-date', '--dry-run']);
    assert.equal(dryRun.code, 0, dryRun.stderr);
    const missingDate = await runImportCli(['pay', SAMPLE]);
    assert.equal(missingDate.code, 1);
    assert.match(missingDate.stderr, /--snapshot YYYY-MM-DD is required/);
    assert.equal(missingDate.stdout, '', 'nothing on stdout but an outcome');
  });
});

describe('the pay import service', () => {
  it('writes nothing when a write fails half-way: the snapshot and its records are one transaction', async () => {
    const service = app.strapi.plugin('equality').service('pay-import');
    const input = { csv: SAMPLE_TEXT, snapshotDate: CLI_SNAPSHOT, sourceFile: 'atomic.csv' };
    let creates = 0;
    let failing = true;
    app.strapi.documents.use(async (context, next) => {
      if (failing && context.uid === UID.PAY_RECORD && context.action === 'create' && (creates += 1) === 10) throw new Error('disk full (simulated)');
      return next();
    });
    const before = await fingerprint();
    await assert.rejects(service.importSnapshot(input), /disk full/);
    failing = false;
    assert.equal(creates, 10, 'the failure came after the old records were deleted and new ones written');
    assert.deepEqual(await fingerprint(), before);
  });
});

describe('the admin routes', () => {
  let hrToken: string;
  let editorToken: string;

  before(async () => {
    hrToken = await adminLogin(app.url, TRUST_HR);
    editorToken = await adminLogin(app.url, editorOf('st-georges'));
  });

  /** A multipart upload, as the admin page sends it. */
  async function upload(route: string, token: string | null, text: string, fields: Record<string, string>) {
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/csv' }), 'payroll-sample.csv');
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch(`${app.url}/equality/${route}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  it('lets Trust HR preview a file: head counts, never anyone\'s pay, and nothing written', async () => {
    const before = await fingerprint();
    const { status, body } = await upload('pay-import/preview', hrToken, SAMPLE_TEXT, { snapshotDate: ADMIN_SNAPSHOT });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.ok, true);
    assert.equal(body.summary.rows, SAMPLE_ROWS);
    assert.equal(body.summary.snapshot.exists, false);
    assert.doesNotMatch(JSON.stringify(body), /9166|6120|SG-0001/, 'no pay and no employee reference in a preview');
    assert.deepEqual(await fingerprint(), before);
  });

  it('lists every problem of a bad file in the preview', async () => {
    const { status, body } = await upload('pay-import/preview', hrToken, `${HEADER}\nst-georges,X1,Q,white-british,10,0,31,32.5,0,yes\n`, { snapshotDate: ADMIN_SNAPSHOT });
    assert.equal(status, 200);
    assert.equal(body.ok, false);
    assert.deepEqual(body.problems, [{ row: 2, column: 'sex', message: '"Q" is not M or F' }]);
  });

  it('lets Trust HR import a file, and a JSON body with the text works as well', async () => {
    const { status, body } = await upload('pay-import', hrToken, SAMPLE_TEXT, { snapshotDate: ADMIN_SNAPSHOT });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.rows, SAMPLE_ROWS);
    assert.equal((await recordsOf(ADMIN_SNAPSHOT)).length, SAMPLE_ROWS);

    const response = await fetch(`${app.url}/equality/pay-import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hrToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: sampleRows(4), fileName: 'four.csv', snapshotDate: '2020-04-06', allowNonStatutoryDate: true }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal((await recordsOf('2020-04-06')).length, 4);
  });

  it('answers 400 with every problem, and writes nothing, when Trust HR imports a bad file', async () => {
    const before = await fingerprint();
    const { status, body } = await upload('pay-import', hrToken, `${sampleRows(2)}\nbrook-and-meadow,BM-9,F,ZZZZ,10,0,31,200,0,yes\n`, { snapshotDate: ADMIN_SNAPSHOT });
    assert.equal(status, 400);
    assert.deepEqual(body.error.details.problems.map((problem: any) => [problem.row, problem.column]), [[4, 'ethnicity'], [4, 'weekly_hours']]);
    assert.deepEqual(await fingerprint(), before);
  });

  it('refuses an academy editor (403) and an anonymous caller (401), writing nothing', async () => {
    const before = await fingerprint();
    for (const route of ['pay-import/preview', 'pay-import']) {
      assert.equal((await upload(route, editorToken, SAMPLE_TEXT, { snapshotDate: '2018-03-31' })).status, 403, `${route} as an editor`);
      assert.equal((await upload(route, null, SAMPLE_TEXT, { snapshotDate: '2018-03-31' })).status, 401, `${route} anonymously`);
    }
    assert.deepEqual(await fingerprint(), before);
  });
});
