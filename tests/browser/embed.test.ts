/// <reference lib="dom" />
/**
 * The school-website components in headless Chromium, on a plain page of another origin that loads
 * /equality/embed.js from the real Strapi: the objectives shown are exactly the published ones (no
 * drafts), in the familiar table; the statement links its PDF; small cohorts are shown as withheld; the
 * pay gap figures are the approved 2024 report's; axe-core finds no violations, wide or narrow; the
 * keyboard gets through; custom properties restyle it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot } from '../helpers/browser';
import { request } from '../helpers/http';
import { schoolPage, startSchoolSite, type SchoolSite } from '../helpers/school-site';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { addUnpublishedChanges, attachStatementPdf, DRAFT_CHANGE_TEXT, DRAFT_OBJECTIVE_TEXT, type UnpublishedChanges } from '../helpers/unpublished-changes';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const COLUMNS = ['Link to PSED aim', 'Protected characteristic', 'Aim', 'Objective', 'Target group(s)', 'Action', "Who's responsible", 'Dates', 'Milestone/progress'];

let app: TestStrapi;
let site: SchoolSite;
let browser: Browser;
let changes: UnpublishedChanges;
let pdf: { url: string; title: string };

before(async () => {
  app = await startStrapi();
  changes = await addUnpublishedChanges(app.strapi, 'st-georges');
  pdf = await attachStatementPdf(app.strapi, 'st-georges');
  const script = `<script src="${app.url}/equality/embed.js"></script>`;
  site = await startSchoolSite({
    '/equality': schoolPage('Equality at St George\'s', `${script}\n<equality-objectives academy="st-georges"></equality-objectives>\n<equality-pay-gap></equality-pay-gap>`),
    '/missing': schoolPage('Equality', `${script}\n<equality-objectives academy="no-such-academy"></equality-objectives>`),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await app?.stop();
});

async function openEqualityPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/equality`);
  await page.locator('equality-objectives [part~="updated"]').waitFor({ timeout: 30_000 });
  await page.locator('equality-pay-gap [part~="pay-quarters-table"]').waitFor({ timeout: 30_000 });
  assert.deepEqual(errors, [], 'the page runs without script errors');
  return page;
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() => (window as any).axe.run(document));
  return (results.violations as Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>).map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
}

const cellTexts = (page: Page, table: string) =>
  page.locator(`${table} tbody tr`).evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell as HTMLElement).innerText.trim())));

describe('the school-website components', () => {
  it('serves the script to any site, cacheable', async () => {
    const response = await fetch(`${app.url}/equality/embed.js`, { headers: { origin: site.url } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/javascript/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    assert.ok(response.headers.get('etag'));
    assert.match(await response.text(), /equality-objectives/);
  });

  it('shows exactly the published objectives in the familiar table, and no drafts', async () => {
    const page = await openEqualityPage(1280);
    const published = await request(
      `${app.url}/api/equality/objectives?filters[academy][slug][$eq]=st-georges&sort[0]=createdAt:asc&sort[1]=id:asc&pagination[pageSize]=100`,
    );
    const rows = page.locator('equality-objectives [part~="objectives-table"] tbody tr');
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute('data-document-id'), objective: tr.querySelector('th[scope="row"]')!.textContent })));
    assert.deepEqual(shown, published.body.data.map((objective: any) => ({ id: objective.documentId, objective: objective.objective })));
    assert.ok(!shown.some((row) => row.id === changes.draftId));

    const text = await page.locator('equality-objectives [part~="section"]').innerText();
    assert.ok(!text.includes(DRAFT_OBJECTIVE_TEXT) && !text.includes(DRAFT_CHANGE_TEXT), 'no draft text is shown');
    assert.ok(text.includes(changes.changedPublishedText), 'the published version of a changed objective is shown');

    const headers = await page.locator('equality-objectives [part~="objectives-table"] thead th').allInnerTexts();
    assert.deepEqual(headers.map((header) => header.trim()), COLUMNS);
    assert.match(await page.locator('equality-objectives [part~="objectives-table"] caption').innerText(), /St George's equality objectives, \d+ \w+ \d{4} to \d+ \w+ \d{4}/);
    assert.equal(await page.locator('equality-objectives h2').innerText(), "St George's School: A Church of England Academy: equality objectives and information");
  });

  it('links the statement PDF, shows withheld figures as such, and dates the page', async () => {
    const page = await openEqualityPage(1280);
    const link = page.getByRole('link', { name: `Read the ${pdf.title} (PDF, 120 KB)` });
    assert.equal(await link.getAttribute('href'), `${app.url}${pdf.url}`);

    const figures = await cellTexts(page, 'equality-objectives [part~="information-table"]');
    const lookedAfter = figures.find((cells) => cells[1] === 'Looked-after children');
    assert.ok(lookedAfter, JSON.stringify(figures));
    assert.equal(lookedAfter[3], 'Not published: cohort of fewer than 10 pupils');
    assert.ok(figures.some((cells) => cells[0] === 'Attendance' && cells[1] === 'All pupils' && cells[3] === '93.2%'));

    const statement = await request(`${app.url}/api/equality/statements?filters[academy][slug][$eq]=st-georges`);
    const republished = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(statement.body.data[0].publishedAt));
    assert.equal(await page.locator('equality-objectives [part~="updated"] time').getAttribute('datetime'), republished);
  });

  it("shows the Trust's approved 2024 pay gap figures as the public API publishes them", async () => {
    const page = await openEqualityPage(1280);
    const { body } = await request(`${app.url}/api/equality/pay-gap-reports`);
    const report = body.data[0];
    assert.equal(report.snapshotYear, 2024);
    const gap = report.genderPayGap;
    const percent = (value: number) => `${value.toFixed(1)}%`;
    assert.deepEqual(await cellTexts(page, 'equality-pay-gap [part~="pay-gap-table"]'), [
      ['Mean hourly pay gap', percent(gap.meanHourlyGapPercent)],
      ['Median hourly pay gap', percent(gap.medianHourlyGapPercent)],
      ['Mean bonus pay gap', percent(gap.meanBonusGapPercent)],
      ['Median bonus pay gap', percent(gap.medianBonusGapPercent)],
      ['Men who received bonus pay', percent(gap.maleBonusPercent)],
      ['Women who received bonus pay', percent(gap.femaleBonusPercent)],
    ]);
    assert.deepEqual(
      await cellTexts(page, 'equality-pay-gap [part~="pay-quarters-table"]'),
      gap.quartiles.map((quarter: any, index: number) => [['Lower', 'Lower middle', 'Upper middle', 'Upper'][index], percent(quarter.malePercent), percent(quarter.femalePercent)]),
    );
    assert.match(await page.locator('equality-pay-gap h2').innerText(), /snapshot of 31 March 2024/);
  });

  for (const [label, width] of [['wide', 1280], ['narrow', 375]] as const) {
    it(`has no axe-core violations on a ${label} screen`, async () => {
      const page = await openEqualityPage(width);
      await saveScreenshot(page, `embed-${label}`);
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  it('stacks the table on a narrow screen, each cell labelled with its column', async () => {
    const page = await openEqualityPage(375);
    const cell = page.locator('equality-objectives [part~="objectives-table"] tbody tr').first().locator('td').first();
    assert.equal(await cell.evaluate((element) => getComputedStyle(element).display), 'block');
    assert.equal(await cell.evaluate((element) => getComputedStyle(element, '::before').content), '"Link to PSED aim"');
  });

  it('lets the keyboard reach the PDF link and move on past the components', async () => {
    const page = await openEqualityPage(1280);
    const reached: string[] = [];
    for (let press = 0; press < 30 && !reached.includes('after-embed'); press += 1) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.id || active?.textContent?.trim().slice(0, 40) || active?.tagName || '';
        }),
      );
    }
    assert.ok(reached.some((name) => name.startsWith('Read the ')), `the PDF link is reached: ${reached.join(' | ')}`);
    assert.ok(reached.includes('after-embed'), `focus moves on past the components: ${reached.join(' | ')}`);
  });

  it('takes its colours from CSS custom properties', async () => {
    const page = await openEqualityPage(1280);
    const link = page.locator('equality-objectives [part~="document-link"]');
    assert.equal(await link.evaluate((element) => getComputedStyle(element).color), 'rgb(29, 112, 184)');
    await page.addStyleTag({ content: 'equality-objectives { --equality-accent: rgb(128, 0, 64); }' });
    assert.equal(await link.evaluate((element) => getComputedStyle(element).color), 'rgb(128, 0, 64)');
  });

  it('announces what went wrong for an academy that does not exist, and follows attribute changes', async () => {
    const page = await browser.newPage();
    page.on('console', () => undefined);
    await page.goto(`${site.url}/missing`);
    const status = page.locator('equality-objectives [role="status"]');
    await page.waitForFunction(() => document.querySelector('equality-objectives')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.includes('No academy'));
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.equal(await status.innerText(), 'No academy "no-such-academy" has published equality information here.');

    await page.locator('equality-objectives').evaluate((element) => {
      element.setAttribute('heading-level', '3');
      element.setAttribute('academy', 'chances-mentoring');
    });
    const title = page.locator('equality-objectives h3[part~="heading"]');
    await title.filter({ hasText: 'Chances Mentoring Centre' }).waitFor({ timeout: 30_000 });
    assert.equal(await status.innerText(), '');
    assert.ok((await page.locator('equality-objectives h4').count()) >= 3, 'the sections are headed one level below');
  });
});
