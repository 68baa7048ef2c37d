/**
 * An academy editor in the real admin panel, in headless Chromium: signs in, sees only their academy's
 * objectives in the list, edits one and publishes it; the public API then shows the change. The
 * deadlines page shows them their own academy's deadlines, overdue and upcoming, as its route lists them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { saveScreenshot, signInToAdmin, startAdminPanel, type AdminPanel } from '../helpers/browser';
import { editorOf } from '../helpers/demo-accounts';
import { adminLogin } from '../helpers/admin';
import { request } from '../helpers/http';
import type { TestStrapi } from '../helpers/strapi';

let panel: AdminPanel;
let app: TestStrapi;
let browser: Browser;
let page: Page;

before(async () => {
  ({ app, browser } = panel = await startAdminPanel());
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
});

after(() => panel?.stop());

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

  it("shows their own academy's deadlines on the deadlines page, overdue apart from upcoming", async () => {
    const token = await adminLogin(app.url, editorOf('st-georges'));
    const listed = await request(`${app.url}/equality/deadlines`, { token });
    assert.equal(listed.status, 200);
    const deadlines = listed.body.deadlines as Array<{ daysUntilDue: number; academyName: string | null; subject: { title: string } }>;
    assert.ok(deadlines.length > 0, 'the demo academy has deadlines');
    assert.ok(deadlines.every((deadline) => deadline.academyName?.startsWith("St George's")), 'the route lists only their academy');

    await page.getByRole('link', { name: 'Equality deadlines' }).click();
    const overdue = deadlines.filter((deadline) => deadline.daysUntilDue < 0).length;
    await page.getByRole('heading', { name: `Overdue (${overdue})` }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: `Upcoming (${deadlines.length - overdue})` }).waitFor();
    const shown = await page.locator('table tbody').allInnerTexts();
    for (const deadline of deadlines) assert.ok(shown.join('\n').includes(deadline.subject.title), `not shown: ${deadline.subject.title}`);
    await saveScreenshot(page, 'admin-editor-deadlines');
  });
});
