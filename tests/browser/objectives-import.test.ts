/**
 * The objectives import page in the real admin panel, in headless Chromium: an academy editor finds it in
 * the menu, with their own academy chosen, uploads the seed's objectives table, sees the preview (the plan
 * from the heading, each objective, what to review), confirms, and the plan and objectives are stored as
 * drafts of that academy. Trust HR, who may not create plans, has no such menu link.
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

const SEED_FILE = path.join(ROOT, 'plugins/equality/server/src/importers/objectives/fixtures/001_f2729a0636f8cf25.txt');
const PLAN_TITLE = 'Equality objectives: 2017 – 2021';
const SEED_OBJECTIVES = 7;

let panel: AdminPanel;
let app: TestStrapi;
let browser: Browser;

before(async () => {
  ({ app, browser } = panel = await startAdminPanel());
});

after(() => panel?.stop());

const plansTitled = (title: string) =>
  app.strapi.documents(UID.PLAN).findMany({ filters: { title }, populate: { academy: { fields: ['slug'] } } } as never) as Promise<any[]>;

describe('the objectives import page', () => {
  it('lets an academy editor upload their objectives table, preview it and import it as drafts', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signInToAdmin(page, app.url, editorOf('st-georges'));
    await page.getByRole('link', { name: 'Objectives import' }).click();
    await page.getByRole('heading', { name: 'Objectives import' }).waitFor({ timeout: 60_000 });
    // Their only academy is already chosen.
    await page.getByRole('combobox', { name: 'Academy' }).getByText("St George's School").waitFor({ timeout: 30_000 });

    await page.getByLabel('File').setInputFiles(SEED_FILE);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText(`${SEED_OBJECTIVES} objectives for "${PLAN_TITLE}" (2017-09-01 to 2021-08-31)`).waitFor({ timeout: 30_000 });
    const table = page.getByRole('grid', { name: 'Objectives to import' });
    assert.equal(await table.locator('tbody tr').count(), SEED_OBJECTIVES);
    const shown = await table.innerText();
    assert.match(shown, /Advance equality of opportunity/, 'aims by their labels');
    assert.match(shown, /As written: /, 'dates as written beside what was read');
    await saveScreenshot(page, 'objectives-import-preview');
    assert.equal((await plansTitled(PLAN_TITLE)).length, 0, 'a preview writes nothing');

    await page.getByRole('button', { name: 'Import as drafts' }).click();
    await page.getByText(`${SEED_OBJECTIVES} draft objectives saved in the new draft plan "${PLAN_TITLE}"`).waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'objectives-import-done');

    const [plan] = await plansTitled(PLAN_TITLE);
    assert.equal(plan?.academy?.slug, 'st-georges');
    assert.equal(plan.publishedAt, null, 'the plan is a draft');
    const objectives = await app.strapi.documents(UID.OBJECTIVE).count({ filters: { plan: { documentId: plan.documentId } } } as never);
    assert.equal(objectives, SEED_OBJECTIVES);
    const published = await app.strapi.documents(UID.OBJECTIVE).count({ filters: { plan: { documentId: plan.documentId } }, status: 'published' } as never);
    assert.equal(published, 0, 'nothing is published');

    await page.getByRole('link', { name: 'Open the plan' }).click();
    await page.waitForURL(new RegExp(`content-manager/collection-types/${UID.PLAN}/${plan.documentId}`), { timeout: 30_000 });
    await page.close();
  });

  it('is not in the menu of Trust HR, who may not create plans', async () => {
    const page = await browser.newPage();
    await signInToAdmin(page, app.url, TRUST_HR);
    await page.getByRole('link', { name: 'Payroll import' }).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole('link', { name: 'Objectives import' }).count(), 0);
    await page.close();
  });
});
