/**
 * Headless Chromium from Debian's `chromium` package, driven by playwright-core. The network here is
 * closed, so Chromium's own background traffic is switched off.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './environment';
import { startStrapi, type TestStrapi } from './strapi';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
  });
}

/** Saves a screenshot under test-results/ (or TEST_ARTIFACTS_DIR) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.TEST_ARTIFACTS_DIR ?? path.join(ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in to the Strapi admin panel as an admin user. */
export async function signInToAdmin(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(account.email);
  await page.getByLabel(/password/i).first().fill(account.password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60_000 });
}

export interface AdminPanel {
  app: TestStrapi;
  browser: Browser;
  stop(): Promise<void>;
}

/** A Strapi serving its built admin panel, and a Chromium to drive it: one of each per browser test file. */
export async function startAdminPanel(): Promise<AdminPanel> {
  const app = await startStrapi({ env: { SERVE_ADMIN_PANEL: 'true' } });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  return {
    app,
    browser,
    async stop() {
      await browser.close();
      await app.stop();
    },
  };
}
