// Taking a self-assessment in Chromium with the keyboard and mouse: start, answer part of it, leave, come back to
// the saved answers, submit, see the chart with its table and the recommendations, and open one of them.
import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { educatorInstrument } from '../../seed/data/instruments.js';
import { publishInstrument } from '../../server/commands/selfAssessment/instruments.js';
import { syncAllPending } from '../../server/search/syncPending.js';
import { launchBrowser } from '../support/browser.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { createUser } from '../support/users.js';

describe('taking a self-assessment (browser)', function () {
  this.timeout(180_000);
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    browser = await launchBrowser();
    const actors = await contentActors(t.ctx);
    await publishInstrument(t.ctx, actors.organiser, educatorInstrument);
    await publishedPractice(t.ctx, actors, practiceInput('Šolski kanal za obveščanje staršev', { digCompEdu: ['1.1'] }));
    await syncAllPending(t.ctx);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  it('takes it, leaves, resumes, submits, reads the chart and opens a recommendation', async () => {
    const user = await createUser(t.ctx, ['member'], 'Tina Učiteljica');
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL(/\/me$/);

    await page.goto('/self-assessment');
    await page.getByRole('button', { name: 'Start' }).first().click();
    await page.waitForURL(/\/self-assessment\/attempts\//);
    const attemptUrl = page.url();
    const items = page.locator('fieldset.sa-item');
    assert.equal(await items.count(), 22);
    await items.nth(0).getByRole('radio').nth(0).check();
    await items.nth(1).getByRole('radio').nth(1).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save and continue later' }).click();
    await page.waitForURL(/saved=1/);

    await page.goto('/self-assessment');
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.waitForURL(attemptUrl);
    assert.equal(await page.locator('input[type="radio"]:checked').count(), 2);
    for (let index = 2; index < 22; index += 1) await items.nth(index).getByRole('radio').nth(3).check();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/self-assessment\/results\//);

    const chart = page.locator('figure#sa-result-chart svg[role="img"]');
    assert.equal(await chart.count(), 1);
    assert.equal(await page.locator('table.sa-levels tbody tr').count(), 22);
    assert.match((await page.locator('table.sa-levels tbody tr').first().textContent()) ?? '', /A1/);
    const recommendation = page.getByRole('link', { name: /Šolski kanal za obveščanje staršev/ });
    await recommendation.first().click();
    await page.waitForURL(/\/practices\//);
    assert.match((await page.locator('h1').textContent()) ?? '', /Šolski kanal za obveščanje staršev/);
    await context.close();
  });
});
