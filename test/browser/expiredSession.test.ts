// The expired-session journey in Chromium: an author types a practice, the session ends before Save, the answer is
// the page that keeps the text (not "Something went wrong"); after signing in again the editor has the text back
// from the browser's copy, and once it is saved the copy is gone.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { createUser } from '../support/users.js';

const title = 'Mentorski krožki za nove učitelje';
const summary = 'Vsak mesec so se srečali mentorji in novi učitelji ter delili, kaj je delovalo.';

describe('an expired session loses no text (browser)', function () {
  this.timeout(120_000);
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const signIn = async (page: Page, email: string, password: string): Promise<void> => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL(/\/me$/);
  };

  it('keeps the typed text through the expired-session page and puts it back in the editor after signing in again', async () => {
    const user = await createUser(t.ctx, ['member'], 'Nika Author');
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await page.goto('/practices/new');
    await page.locator('form.practice-form [name="title"]').fill(title);
    await page.locator('form.practice-form [name="summary"]').fill(summary);
    await t.ctx.models.Session.deleteMany({});
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('#kept-form-title').waitFor();
    assert.equal(await page.locator('#kept-form-title').textContent(), 'You were signed out');
    assert.ok((await page.locator('.kept-text').textContent())?.includes(summary), 'the text is on the page');
    assert.equal(await t.ctx.models.Practice.countDocuments({}), 0, 'nothing was written');

    await signIn(page, user.email, user.password);
    await page.goto('/practices/new');
    await page.locator('.autosave-notice').waitFor();
    assert.equal(await page.locator('form.practice-form [name="title"]').inputValue(), title);
    assert.equal(await page.locator('form.practice-form [name="summary"]').inputValue(), summary);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/practices\/[0-9a-f]{24}\/edit\?step=basics&saved=1/);
    const saved = await t.ctx.models.Practice.findOne({}).lean();
    assert.equal(saved?.texts.en?.title ?? saved?.texts[saved.originalLanguage]?.title, title);
    await page.goto('/practices/new');
    assert.equal(await page.locator('.autosave-notice').count(), 0, 'the copy is gone once saved');
    assert.equal(await page.locator('form.practice-form [name="title"]').inputValue(), '');
    await context.close();
  });
});
