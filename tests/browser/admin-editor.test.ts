/**
 * An academy editor in the real admin panel, in headless Chromium: signs in, sees only their academy's
 * objectives in the list, edits one and publishes it; the public API then shows the change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { launchChromium, saveScreenshot, signInToAdmin } from '../helpers/browser';
import { editorOf } from '../helpers/demo-accounts';
import { request } from '../helpers/http';
import { startStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
let browser: Browser;
let page: Page;

before(async () => {
  app = await startStrapi({ env: { SERVE_ADMIN_PANEL: 'true' } });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

describe('an academy editor in the admin panel', () => {
  it("lists only their academy's objectives, edits one, publishes it, and the public API shows it", async () => {
    await signInToAdmin(page, app.url, editorOf('st-georges'));
    await page.goto(`${app.url}/admin/content-manager/collection-types/${UID.OBJECTIVE}?page=1&pageSize=50`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });

    const all = (await app.strapi.documents(UID.OBJECTIVE).findMany({ populate: { academy: true } })) as any[];
    const own = all.filter((objective) => objective.academy.slug === 'st-georges');
    assert.equal(await rows.count(), own.length, 'the list shows exactly the editor\'s own objectives');
    const listed = await page.locator('table tbody').innerText();
    for (const objective of all.filter((entry) => entry.academy.slug !== 'st-georges')) {
      assert.ok(!listed.includes(String(objective.objective).slice(0, 40)), `another academy's objective is listed: ${objective.objective}`);
    }
    await saveScreenshot(page, 'admin-editor-objectives-list');

    const target = own[0];
    await page.goto(`${app.url}/admin/content-manager/collection-types/${UID.OBJECTIVE}/${target.documentId}`);
    const aim = page.getByLabel(/^aim$/i);
    await aim.waitFor({ timeout: 60_000 });
    const newAim = `Aim revised in the browser test ${Date.now()}`;
    await aim.fill(newAim);
    await page.getByRole('button', { name: /^save$/i }).click();
    // On failure, the screenshot shows what the admin said instead (a validation message, an error notice).
    await page.getByText(/saved/i).first().waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await saveScreenshot(page, 'admin-editor-save-failed');
      throw error;
    });
    await page.getByRole('button', { name: /^publish$/i }).click();
    await page.getByText(/published/i).first().waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'admin-editor-objective-published');

    const published = await request(`${app.url}/api/equality/objectives/${target.documentId}`);
    assert.equal(published.status, 200);
    assert.equal(published.body.data.aim, newAim);
  });
});
