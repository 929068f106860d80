// Search in Chromium beyond the result list: a long facet's search box narrows its values as the reader types, is
// reached and used by keyboard alone, and the value ticked there updates the results; a reader's search and opened
// result reach the organisers' search-analytics page, which has no serious or critical WCAG 2.1 A/AA violation in
// any of the four languages. Screenshots go to .test-artifacts/screenshots/.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from '../support/axe.js';
import { ensureWebBuilt, launchBrowser } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser } from '../support/testClient.js';
import { createUser } from '../support/users.js';
import { indexEverything, insertPractice } from '../search/searchTestKit.js';

const screenshotDir = path.resolve('.test-artifacts/screenshots');
/** Two practices each in eight countries, which the facet shows first, and one in four more, which fold away. */
const frequentCountries = ['AT', 'BE', 'CZ', 'DE', 'EE', 'ES', 'FI', 'FR'];
const rareCountries = ['HR', 'IT', 'SE', 'SI'];

describe('search in the browser: a long facet’s search box and the search analytics', function () {
  this.timeout(180_000);
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let organiser: RegisteredUser;

  before(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    ensureWebBuilt();
    t = await startTestApp();
    baseUrl = await t.listen();
    for (const country of [...frequentCountries, ...frequentCountries, ...rareCountries]) {
      await insertPractice(t.ctx, { language: 'en', title: `Teacher network in ${country}`, summary: 'Teachers meet every month to share lessons.', country });
    }
    await indexEverything(t.ctx);
    organiser = await createUser(t.ctx, ['member', 'organiser']);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    return (await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } })).newPage();
  }

  const focusedId = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);
  /** The folded values a person sees (not merely marked hidden), by their labels; in the order on screen unless sorted. */
  const foldedCountries = (page: Page): Promise<Array<{ label: string; id: string }>> =>
    page
      .locator('fieldset[data-facet="country"] details li')
      .evaluateAll((items) => items.filter((item) => item.checkVisibility()).map((item) => ({ label: item.querySelector('label')?.textContent?.replace(/\s*\(\d+\)\s*$/, '').trim() ?? '', id: item.querySelector('input')?.id ?? '' })));
  const shownCountries = async (page: Page): Promise<string[]> => (await foldedCountries(page)).map(({ label }) => label).sort();

  it('a long facet folds its rest behind "Show 4 more" with a search box: typing narrows the values, the keyboard ticks one, the results follow', async () => {
    const page = await newPage();
    await page.goto('/search?lang=en', { waitUntil: 'load' });
    const country = page.locator('fieldset[data-facet="country"]');
    const summary = country.locator('details > summary');
    assert.equal(await summary.innerText(), 'Show 4 more');
    assert.equal(await country.locator('details').evaluate((details) => (details as HTMLDetailsElement).open), false);

    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await country.locator('details').evaluate((details) => (details as HTMLDetailsElement).open), true, 'Enter on the summary opens the group');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'ff-country', 'the next Tab reaches the box');
    assert.equal(await page.getByLabel('Find in Country').count(), 1, 'the box has a visible label');
    assert.deepEqual(await shownCountries(page), ['Croatia', 'Italy', 'Slovenia', 'Sweden']);
    // The last value on screen, so that Tab reaching it proves the ones before it were narrowed away.
    const target = (await foldedCountries(page)).at(-1) ?? { label: '', id: '' };
    const typed = target.label.slice(0, 3).toLowerCase();

    await page.keyboard.type(typed, { delay: 20 });
    assert.deepEqual(await shownCountries(page), [target.label]);
    await page.keyboard.type('q');
    assert.deepEqual(await shownCountries(page), []);
    assert.equal(await country.locator('.facet-none').innerText(), 'No value matches.');
    await page.keyboard.press('Backspace');
    assert.equal(await country.locator('.facet-none').isVisible(), false);
    await page.keyboard.press('Enter');
    assert.equal(new URL(page.url()).search, '?lang=en', 'Enter in the box narrows the list and does not submit the search');

    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), target.id, 'Tab skips the values narrowed away');
    const code = target.id.replace('f-country-', '');
    await page.keyboard.press('Space');
    await page.waitForURL(new RegExp(`country=${code}`));
    await page.waitForFunction(() => document.querySelectorAll('.search-results .search-hit').length === 1);
    assert.match(await page.locator('.search-results').innerText(), new RegExp(`Teacher network in ${code}`));
    assert.match(await page.locator('.search-status').innerText(), /1–1 of 1/);
    assert.equal(await focusedId(page), target.id, 'the ticked box keeps the focus when the facets are redrawn');
    assert.equal(await page.locator(`#${target.id}`).isChecked(), true);
    assert.equal(await page.locator('#ff-country').inputValue(), typed, 'what was typed in the box stays');
    assert.deepEqual(await shownCountries(page), [target.label], 'and still narrows the redrawn values');

    const violations = await seriousViolations(page);
    await page.screenshot({ path: path.join(screenshotDir, 'search-facet-box.png'), fullPage: true });
    await page.context().close();
    assert.deepEqual(violations, [], describeViolations(violations));
  });

  it('a reader’s search and opened result show on the organisers’ analytics page, accessible in every language', async () => {
    const reader = await newPage();
    await reader.goto('/search?lang=en', { waitUntil: 'load' });
    await reader.locator('#search-q').fill('teacher network');
    await reader.locator('#search-q').press('Enter');
    await reader.waitForURL(/q=teacher/);
    await reader.locator('.search-results .search-hit').first().waitFor();
    await reader.locator('.search-results .search-hit').nth(1).locator('a[href]').first().click();
    await reader.waitForURL(/\/practices\//);
    await reader.context().close();

    const page = await newPage();
    await page.goto('/sign-in?lang=en');
    await page.getByLabel('E-mail address').fill(organiser.email);
    await page.getByLabel('Password').fill(organiser.password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL(/\/me$/);
    await page.goto('/statistics/search?lang=en&days=7');
    // The opened result is reported in the background (keepalive): reload until it has arrived.
    const topQueries = page.locator('section[aria-labelledby="h-top"] > table');
    const counted = /teacher network\s+1\s+0\s+1\s/;
    for (let tries = 0; tries < 50 && !counted.test((await topQueries.count()) ? await topQueries.innerText() : ''); tries += 1) await page.reload();
    assert.match(await topQueries.innerText(), counted, 'one search, none without results, one opened result');
    assert.match(await page.locator('#chart-positions table').innerText(), /^2\s+1$/m, 'the opened result was the second');

    await page.locator('#analytics-days').selectOption('30');
    await page.locator('form.filters-inline button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/days=30/);

    for (const lang of ['sl', 'pl', 'sv', 'en']) {
      await page.goto(`/statistics/search?lang=${lang}&days=7`, { waitUntil: 'load' });
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('main#main h1').count(), 1);
      const violations = await seriousViolations(page);
      await page.screenshot({ path: path.join(screenshotDir, `search-analytics-${lang}.png`), fullPage: true });
      assert.deepEqual(violations, [], `${lang}: ${describeViolations(violations)}`);
    }
    await page.context().close();
  });
});
