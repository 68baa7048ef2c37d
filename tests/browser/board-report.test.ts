/**
 * The Board report in headless Chromium, from the real aggregator over the demo Strapi: the executive
 * signs in through the form and sees every section with its charts drawn (inline SVG, no script); the
 * public report has no restricted section; axe-core finds no violations. Screenshots are saved.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot } from '../helpers/browser';
import { EXECUTIVE } from '../helpers/demo-accounts';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { DEMO_AS_OF, DEMO_YEAR, graphql, startTestAggregator, trustSource } from '../aggregator/helpers';
import type { Aggregator } from '../../aggregator/src/server';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PUBLIC_CHARTS = ['rag-chart', 'coverage-chart', 'progress-chart', 'gaps-trend-chart', 'pay-trend-chart'];
const EXECUTIVE_CHARTS = ['pay-quarters-chart', 'pay-trend-all-chart', 'rollout-chart', 'recruitment-trend-chart'];

let cms: TestStrapi;
let aggregator: Aggregator;
let browser: Browser;

before(async () => {
  cms = await startStrapi();
  aggregator = await startTestAggregator([trustSource(cms.url)]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await aggregator?.stop();
  await cms?.stop();
});

const reportPath = `/reports/trust.html?academicYear=${encodeURIComponent(DEMO_YEAR)}&asOf=${DEMO_AS_OF}`;

/** A page that records script errors and CSP violations; axe is injected later, so the CSP is bypassed. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  return { page, problems };
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() => (window as any).axe.run(document));
  return (results.violations as Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>).map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
}

/** Each chart is an SVG image, on screen, with its title, drawn with shapes. */
async function assertChartsDrawn(page: Page, charts: string[]) {
  for (const chart of charts) {
    const svg = page.locator(`svg[aria-labelledby="${chart}-title ${chart}-desc"]`);
    assert.equal(await svg.count(), 1, chart);
    await svg.scrollIntoViewIfNeeded();
    assert.ok(await svg.isVisible(), `${chart} is visible`);
    const box = (await svg.boundingBox())!;
    assert.ok(box.width > 200 && box.height > 80, `${chart} is drawn at size: ${JSON.stringify(box)}`);
    assert.equal(await svg.getAttribute('role'), 'img');
    assert.ok((await svg.locator('title').textContent())!.length > 10, `${chart} has a title`);
    assert.ok(await svg.locator('rect, polyline, circle').count() >= 3, `${chart} has shapes`);
  }
}

describe('the Board report in a browser', () => {
  it('shows the public sections with their charts to anyone, and nothing restricted', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${aggregator.url}${reportPath}`);
    await page.getByRole('heading', { level: 1, name: `Equality report to the Trust Board, ${DEMO_YEAR}` }).waitFor();
    await assertChartsDrawn(page, PUBLIC_CHARTS);
    assert.equal(await page.locator('[data-restricted]').count(), 0);
    assert.equal(await page.locator(EXECUTIVE_CHARTS.map((chart) => `svg[aria-labelledby^="${chart}-"]`).join(', ')).count(), 0);
    await saveScreenshot(page, 'board-report-public');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('signs the executive in through the form and shows every section, charts drawn, numbers as the API', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${aggregator.url}${reportPath}`);
    await page.getByRole('link', { name: 'Sign in as a Trust executive' }).click();
    await page.getByLabel('Email address').fill(EXECUTIVE.email);
    await page.getByLabel('Password').fill(EXECUTIVE.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/reports/trust.html');
    await page.getByText('Signed in as a Trust executive').waitFor();
    const cookie = (await page.context().cookies()).find((entry) => entry.name === 'eqhub_report_session')!;
    assert.deepEqual([cookie.httpOnly, cookie.sameSite, cookie.path], [true, 'Strict', '/reports']);

    await assertChartsDrawn(page, [...PUBLIC_CHARTS, ...EXECUTIVE_CHARTS]);
    const { body } = await graphql(aggregator.url, `{ trustReport(academicYear: "${DEMO_YEAR}", asOf: "${DEMO_AS_OF}") { ragCounts { red amber green } } }`);
    const ragCells = await page.locator('#rag-table tbody tr td').allInnerTexts();
    assert.deepEqual(ragCells, ['red', 'amber', 'green'].map((verdict) => String(body.data.trustReport.ragCounts[verdict])));
    assert.equal(await page.locator('#pay-quarters-table tbody tr').count(), 4);
    await saveScreenshot(page, 'board-report-executive');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in as a Trust executive' }).waitFor();
    assert.equal(await page.locator('[data-restricted]').count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
