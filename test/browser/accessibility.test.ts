// Every public page type in Chromium (playwright-core) with axe-core: no serious or critical WCAG 2.1 A/AA
// violation, no CSP violation in the console; the search island updates results as you type. Each page type is
// saved as a screenshot under .test-artifacts/screenshots/ for a person to look at.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { syncAllPending } from '../../server/search/syncPending.js';
import { describeViolations, seriousViolations } from '../support/axe.js';
import { ensureWebBuilt, launchBrowser } from '../support/browser.js';
import { communityWithThread, conferenceCollection, contentActors, linkResource, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const screenshotDir = path.resolve('.test-artifacts/screenshots');
describe('public pages in the browser: accessibility and the search island', function () {
  this.timeout(120_000);
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  const pages: Record<string, string> = {};
  const consoleErrors: string[] = [];

  before(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    ensureWebBuilt();
    t = await startTestApp();
    baseUrl = await t.listen();
    const actors = await contentActors(t.ctx);
    const practice = await publishedPractice(t.ctx, actors, practiceInput('Digitalna strategija šole'), 'Teachers at the kick-off workshop');
    await publishedPractice(t.ctx, actors, practiceInput('Mentorstvo za ravnatelje', { practiceType: 'mentoring', country: 'PL' }));
    const resource = await linkResource(t.ctx, actors, 'Priročnik za strategijo', { relatedPracticeIds: [String(practice._id)] });
    const group = await communityWithThread(t.ctx, actors.organiser, { name: 'Digital school leaders', visibility: 'public', threadTitle: 'How do you plan SELFIE?', body: 'We start in **October**.' });
    const collection = await conferenceCollection(t.ctx, actors, 'Spring conference write-ups', [
      { type: 'practice', id: String(practice._id) },
      { type: 'resource', id: String(resource._id) },
    ]);
    await syncAllPending(t.ctx);
    Object.assign(pages, {
      home: '/',
      browse: '/practices?type=mentoring&type=digital-strategy',
      search: '/search?q=strategija',
      vocabulary: '/vocabulary?lang=sl',
      practice: `/practices/${practice.slug}`,
      practiceTranslated: `/practices/${practice.slug}?lang=sl&text=en`,
      resources: '/resources',
      resource: `/resources/${resource.slug}`,
      collections: '/collections',
      collection: `/collections/${collection.slug}`,
      communities: '/communities',
      community: `/communities/${group.community.slug}`,
      thread: `/threads/${group.threadId}`,
      notFound: '/practices/no-such-practice',
    });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  const pageTypes = ['home', 'browse', 'search', 'vocabulary', 'practice', 'practiceTranslated', 'resources', 'resource', 'collections', 'collection', 'communities', 'community', 'thread', 'notFound'];
  for (const name of pageTypes) {
    it(`${name}: no serious or critical axe violation, no console error`, async () => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) consoleErrors.push(`${name}: ${message.text()}`);
      });
      await page.goto(`${baseUrl}${pages[name]}`, { waitUntil: 'load' });
      assert.ok((await page.locator('h1').count()) >= 1, 'the page has a heading');
      assert.equal(await page.locator('main#main').count(), 1, 'one main landmark');
      const violations = await seriousViolations(page);
      await page.screenshot({ path: path.join(screenshotDir, `public-${name}.png`), fullPage: true });
      await page.close();
      assert.deepEqual(violations, [], describeViolations(violations));
      assert.deepEqual(consoleErrors, []);
    });
  }

  it('search island: results update as you type, are announced, and Enter moves focus to the results', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search?lang=en`, { waitUntil: 'load' });
    const status = page.locator('.search-status');
    await page.locator('#search-q').pressSequentially('mentorstvo', { delay: 20 });
    await page.waitForURL(/\/search\?q=mentorstvo/);
    await page.locator('.search-results mark').first().waitFor();
    assert.match(await page.locator('.search-results').innerText(), /Mentorstvo za ravnatelje/);
    assert.doesNotMatch(await page.locator('.search-results').innerText(), /Digitalna strategija šole/);
    assert.match(await status.innerText(), /1–1 of 1/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q', 'typing keeps the focus in the box');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
    await page.locator('#search-q').fill('');
    await page.locator('label[for="f-type-resource"]').click();
    await page.waitForURL(/type=resource/);
    await page.waitForFunction(() => document.querySelector('.search-results')?.textContent?.includes('Priročnik za strategijo') === true);
    await page.screenshot({ path: path.join(screenshotDir, 'public-search-island.png'), fullPage: true });
    await page.close();
  });

  it('search island: the live cards are the server-rendered ones, with their country and type line', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search?lang=en`, { waitUntil: 'load' });
    await page.locator('#search-q').pressSequentially('mentorstvo', { delay: 20 });
    await page.waitForURL(/\/search\?q=mentorstvo/);
    await page.locator('.search-results mark').first().waitFor();
    const live = await page.locator('.search-results').innerHTML();
    await page.goto(`${baseUrl}/search?q=mentorstvo&lang=en`, { waitUntil: 'load' });
    const served = await page.locator('.search-results').innerHTML();
    await page.close();
    assert.equal(live, served);
    assert.match(live, /<p class="card-meta">Poland · Mentoring/);
  });

  it('search on a phone: results first, the filters behind "Filters (n)", closed again by "Show results"', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/search?q=strategija&lang=en`, { waitUntil: 'load' });
    const filters = page.locator('#search-filters');
    const toggle = page.locator('button.filters-button');
    assert.equal(await filters.isVisible(), false, 'the filters wait behind the button');
    const resultsTop = (await page.locator('#results-heading').boundingBox())?.y ?? Infinity;
    assert.ok(resultsTop < 844, `the results start on the first screen (at ${resultsTop} px)`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await filters.isVisible(), true);
    assert.deepEqual(await seriousViolations(page), []);
    await page.locator('label[for="f-type-practice"]').click();
    await page.waitForURL(/type=practice/);
    await page.waitForFunction(() => document.querySelector('button.filters-button')?.textContent === 'Filters (1)');
    await page.locator('button.show-results').click();
    await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
    assert.equal(await filters.isVisible(), false);
    await page.screenshot({ path: path.join(screenshotDir, 'public-search-phone.png'), fullPage: true });
    await phone.close();
  });

  it('search island: ticking a value leaves no value with nothing left on screen but the ticked ones', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search?lang=en`, { waitUntil: 'load' });
    await page.locator('label[for="f-type-resource"]').click();
    await page.waitForURL(/type=resource/);
    await page.waitForFunction(() => !document.querySelector('fieldset[data-facet="practiceType"]'));
    const zeros = await page.locator('.facet-groups li', { hasText: '(0)' }).allInnerTexts();
    assert.deepEqual(zeros, []);
    assert.equal(await page.locator('#f-type-resource').isChecked(), true);
    await page.close();
  });

  it('works without JavaScript: the search form submits to the server-rendered page', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await page.locator('#home-q').fill('strategija');
    await page.locator('.hero-search button[type="submit"]').click();
    await page.waitForURL(/\/search\?q=strategija/);
    assert.match(await page.locator('.search-results').innerText(), /Digitalna strategija šole/);
    await noScript.close();
  });
});
