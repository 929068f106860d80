// Shared by the browser suites: a page signed in through the real sign-in form, and a page check (it has one main
// landmark and a heading, no serious or critical axe violation) that leaves a full-page screenshot.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe.js';
import type { RegisteredUser } from './testClient.js';

const screenshotDir = path.resolve('.test-artifacts/screenshots');

/** A page of a new browser context (`options` e.g. its locale or time zone) signed in as `user`. */
export async function signedInPage(browser: Browser, baseUrl: string, user: RegisteredUser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, ...options })).newPage();
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.waitForURL(/\/me$/);
  return page;
}

/** Opens `address` and checks it (an error page when `status` names one); the screenshot is `<name>.png`. */
export async function checkPage(page: Page, address: string, name: string, status?: number): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const response = await page.goto(address, { waitUntil: 'load' });
  if (status === undefined) assert.ok(response?.ok(), `${address} answered ${response?.status()}`);
  else assert.equal(response?.status(), status, `${address} answered ${response?.status()}`);
  assert.equal(await page.locator('main#main').count(), 1);
  assert.ok((await page.locator('h1').count()) >= 1);
  const violations = await seriousViolations(page);
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
  assert.deepEqual(violations, [], `${name}: ${describeViolations(violations)}`);
}
