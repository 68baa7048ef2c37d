/**
 * The payroll import page in the real admin panel, in headless Chromium: Trust HR finds it in the menu,
 * uploads the sample file, sees the preview (head counts, what the import replaces), confirms, and the
 * records are stored. An academy editor has no such menu link.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { saveScreenshot, signInToAdmin, startAdminPanel, type AdminPanel } from '../helpers/browser';
import { editorOf, TRUST_HR } from '../helpers/demo-accounts';
import { ROOT } from '../helpers/environment';
import type { TestStrapi } from '../helpers/strapi';

const SAMPLE = path.join(ROOT, 'docs', 'samples', 'payroll-sample.csv');
// A year the demo seed leaves alone.
const SNAPSHOT = '2018-03-31';

let panel: AdminPanel;
let app: TestStrapi;
let browser: Browser;

before(async () => {
  ({ app, browser } = panel = await startAdminPanel());
});

after(() => panel?.stop());

describe('the payroll import page', () => {
  it('lets Trust HR upload the sample, preview it and confirm the import', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signInToAdmin(page, app.url, TRUST_HR);
    await page.getByRole('link', { name: 'Payroll import' }).click();
    await page.getByRole('heading', { name: 'Payroll import' }).waitFor({ timeout: 60_000 });

    await page.getByLabel('File').setInputFiles(SAMPLE);
    await page.getByLabel('Snapshot date').fill(SNAPSHOT);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('34 employees: 22 women, 12 men; 31 full-pay relevant').waitFor({ timeout: 30_000 });
    await page.getByText(`No snapshot for ${SNAPSHOT} yet`).waitFor();
    const byAcademy = await page.getByRole('grid', { name: 'Employees by academy' }).innerText();
    for (const academy of ['st-georges', 'chances-mentoring', 'brook-and-meadow', 'oakfield-primary', 'Central team']) assert.match(byAcademy, new RegExp(academy));
    await saveScreenshot(page, 'pay-import-preview');
    assert.equal(await app.strapi.documents(UID.PAY_SNAPSHOT).count({ filters: { snapshotDate: SNAPSHOT } } as never), 0, 'a preview writes nothing');

    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText(`34 records saved as the snapshot of ${SNAPSHOT}.`).waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'pay-import-done');
    const stored = await app.strapi.documents(UID.PAY_RECORD).count({ filters: { snapshot: { snapshotDate: SNAPSHOT } } } as never);
    assert.equal(stored, 34);
    await page.close();
  });

  it('is not in an academy editor\'s menu', async () => {
    const page = await browser.newPage();
    await signInToAdmin(page, app.url, editorOf('st-georges'));
    await page.getByRole('link', { name: /content manager/i }).first().waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole('link', { name: 'Payroll import' }).count(), 0);
    await page.close();
  });
});
