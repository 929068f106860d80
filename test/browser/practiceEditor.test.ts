// The practice editor in Chromium, driven by the keyboard: an author writes a whole draft step by step (Tab to each
// field, type, Space on a checkbox, arrow keys in a list, Enter on "Save and continue"), adds images with alt text
// (one without is refused before it is sent), reorders them with the move buttons (the focus stays on the moved
// file), previews the real public record and submits; a reviewer schedules it, the time zone preselected to the
// browser's own. Every step passes axe (no serious or critical WCAG 2.1 A/AA violation).
import { strict as assert } from 'node:assert';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { createUser } from '../support/users.js';
import type { RegisteredUser } from '../support/testClient.js';

const title = 'Digital mentors in every staff room';

/** Presses Tab until the focus is on `selector`, failing if the keyboard never gets there. */
async function tabTo(page: Page, selector: string, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  const where = await page.evaluate(() => `${location.pathname}${location.search}: ${document.querySelector('h1')?.textContent ?? ''}`);
  throw new Error(`Tab never reached ${selector} on ${where}`);
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, `form.practice-form [name="${name}"]`);
  await page.keyboard.type(text);
}

/** Tabs to a list and moves down one option with the arrow key (the first real choice after "Choose…"). */
async function chooseFirst(page: Page, name: string): Promise<void> {
  await tabTo(page, `form.practice-form select[name="${name}"]`);
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.locator(`form.practice-form select[name="${name}"]`).inputValue(), '', `${name} was chosen with the keyboard`);
}

/** Tabs to the first checkbox of a group and ticks it with Space. */
async function tickFirst(page: Page, name: string): Promise<void> {
  await tabTo(page, `form.practice-form input[type="checkbox"][name="${name}"]`);
  await page.keyboard.press('Space');
}

/** Tabs to "Save and continue", presses Enter and waits for the next step. */
async function saveAndContinue(page: Page, next: string): Promise<void> {
  await tabTo(page, 'form.practice-form button[value="next"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`step=${next}&saved=1`));
}

const png = (background: string): Promise<Buffer> => sharp({ create: { width: 320, height: 200, channels: 3, background } }).png().toBuffer();

describe('the practice editor in the browser: keyboard, attachments, preview and scheduling', function () {
  this.timeout(240_000);
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let authorUser: RegisteredUser;
  let author: Page;
  let practiceId: string;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    authorUser = await createUser(t.ctx, ['member'], 'Maja Kovač');
    browser = await launchBrowser();
    author = await signedInPage(browser, baseUrl, authorUser, { locale: 'en-GB' });
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const stored = async () => {
    const practice = await t.ctx.models.Practice.findById(practiceId).lean();
    assert.ok(practice);
    return practice;
  };

  it('writes a whole draft step by step with the keyboard alone, each step accessible', async () => {
    await checkPage(author, '/practices/new?lang=en', 'editor-new');
    await typeInto(author, 'title', title);
    await typeInto(author, 'summary', 'Two teachers per school help colleagues try one digital tool a month.');
    await chooseFirst(author, 'practiceType');
    await chooseFirst(author, 'sector');
    await typeInto(author, 'organisationName', 'Osnovna šola Prule');
    await chooseFirst(author, 'ownerType');
    await chooseFirst(author, 'country');
    await typeInto(author, 'region', 'Ljubljana');
    await saveAndContinue(author, 'context');
    practiceId = /\/practices\/([0-9a-f]{24})\/edit/.exec(author.url())?.[1] ?? '';
    assert.match(practiceId, /^[0-9a-f]{24}$/);
    assert.equal((await stored()).texts.en?.title, title);
    assert.equal((await author.locator('nav.steps li.current a[aria-current="step"]').textContent())?.trim(), '2 Context and scale');
    assert.equal(await author.locator('nav.steps li.complete').count(), 1, 'the basics step is ticked as complete');

    await checkPage(author, `/practices/${practiceId}/edit?step=context&lang=en`, 'editor-context');
    await typeInto(author, 'challenge', 'New tools arrived faster than anyone could learn them.');
    await tickFirst(author, 'educationLevels');
    await tickFirst(author, 'targetGroups');
    await chooseFirst(author, 'lifecycleStage');
    await typeInto(author, 'startDate', '01092024');
    const typedDate = await author.locator('form.practice-form [name="startDate"]').inputValue();
    assert.match(typedDate, /^2024-0[19]-0[19]$/, 'the date is typed digit by digit (in the order the browser’s locale shows)');
    await typeInto(author, 'scaleSchools', '12');
    await saveAndContinue(author, 'practice');
    const context = await stored();
    assert.equal(context.startDate, typedDate);
    assert.equal(context.scale?.schools, 12);
    assert.equal(context.educationLevels?.length, 1);

    await checkPage(author, `/practices/${practiceId}/edit?step=practice&lang=en`, 'editor-practice');
    await typeInto(author, 'description', 'Each school named two **digital mentors**.');
    await typeInto(author, 'implementation', 'A monthly tool, a short demo, a shared log.');
    await typeInto(author, 'resourcesNeeded', 'Two hours a month per mentor.');
    await saveAndContinue(author, 'competences');

    await checkPage(author, `/practices/${practiceId}/edit?step=competences&lang=en`, 'editor-competences');
    await tickFirst(author, 'digCompEdu');
    await saveAndContinue(author, 'evidence');

    await checkPage(author, `/practices/${practiceId}/edit?step=evidence&lang=en`, 'editor-evidence');
    await typeInto(author, 'outcomes', 'Nine of twelve schools used a new tool every month.');
    await tickFirst(author, 'evidenceTypes');
    await chooseFirst(author, 'evidenceLevel');
    await typeInto(author, 'difficulties', 'Mentors lost their hours in the second term.');
    await typeInto(author, 'transferConditions', 'A head teacher who protects the mentors’ time.');
    await typeInto(author, 'lessons', 'Start with the tools teachers already asked for.');
    await saveAndContinue(author, 'sharing');

    await checkPage(author, `/practices/${practiceId}/edit?step=sharing&lang=en`, 'editor-sharing');
    await typeInto(author, 'programme', 'Digitalna šola 2024');
    await typeInto(author, 'funding', 'Municipal budget');
    await typeInto(author, 'contactName', 'Maja Kovač');
    await typeInto(author, 'contactEmail', 'maja@example.org');
    await saveAndContinue(author, 'attachments');
    const practice = await stored();
    assert.equal(practice.state, 'draft');
    assert.equal(practice.digCompEdu?.length, 1);
    assert.equal(practice.contact?.email, 'maja@example.org');
  });

  it('adds images with alt text, refuses one without before sending it, and reorders them with the keyboard', async () => {
    await checkPage(author, `/practices/${practiceId}/edit?step=attachments&lang=en`, 'editor-attachments');
    const status = author.locator('#u-status');
    await author.locator('#u-file').setInputFiles({ name: 'workshop.png', mimeType: 'image/png', buffer: await png('#2a6f97') });
    await author.waitForFunction(() => document.querySelector('#u-status')?.textContent !== '');
    assert.match(await status.innerText(), /alt text|describ/i, 'an image without alt text is refused in the browser');
    assert.equal(await author.evaluate(() => document.activeElement?.id), 'u-attachmentAlt', 'the focus goes to the alt text field');
    assert.equal(await t.ctx.models.Upload.countDocuments({}), 0, 'nothing was uploaded');

    for (const [name, alt, colour] of [['workshop.png', 'Teachers trying a quiz tool', '#2a6f97'], ['poster.png', 'The mentors’ monthly poster', '#97502a']] as const) {
      await author.locator('#u-attachmentAlt').focus();
      await author.keyboard.type(alt);
      await author.locator('#u-file').setInputFiles({ name, mimeType: 'image/png', buffer: await png(colour) });
      await author.locator(`#attachment-list img[alt="${alt}"]`).waitFor();
    }
    assert.match(await status.innerText(), /poster\.png was added/);
    const names = (): Promise<string[]> => author.locator('#attachment-list .attachment-name a').allInnerTexts();
    assert.deepEqual(await names(), ['workshop.png', 'poster.png']);
    const attached = await stored();
    assert.deepEqual(attached.attachments.map((a) => a.alt), ['Teachers trying a quiz tool', 'The mentors’ monthly poster']);

    await author.reload();
    await tabTo(author, 'button[aria-label="Move workshop.png down"]');
    await author.keyboard.press('Enter');
    await author.waitForURL(/attachmentMoved=1/);
    assert.deepEqual(await names(), ['poster.png', 'workshop.png']);
    assert.equal(await author.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move workshop.png up', 'the focus stays on the moved file');
    assert.equal(await author.locator('p.notice[role="status"]').innerText(), 'The file was moved.');
    const moved = await stored();
    assert.deepEqual(moved.attachments.map((a) => a.alt), ['The mentors’ monthly poster', 'Teachers trying a quiz tool']);
  });

  it('previews the practice as the public record (facts and attachments in their order) and submits it by keyboard', async () => {
    await author.goto(`/practices/${practiceId}/edit?step=attachments&lang=en`);
    await tabTo(author, 'a.button[href$="step=review"]');
    await author.keyboard.press('Enter');
    await author.waitForURL(/step=review/);
    await checkPage(author, `/practices/${practiceId}/edit?step=review&lang=en`, 'editor-preview');
    const preview = author.locator('.practice-preview');
    assert.equal(await preview.locator('#preview-title').innerText(), title);
    assert.equal(await preview.locator('aside.practice-facts').count(), 1, 'the fact box is in the preview');
    assert.match(await preview.locator('aside.practice-facts').innerText(), /Osnovna šola Prule/);
    assert.deepEqual(await preview.locator('figure.attachment-image img').evaluateAll((images) => images.map((image) => image.getAttribute('alt'))), [
      'The mentors’ monthly poster',
      'Teachers trying a quiz tool',
    ]);
    assert.equal(await preview.locator('strong', { hasText: 'digital mentors' }).count(), 1, 'Markdown is rendered as on the public page');
    assert.match(await author.locator('.editor').innerText(), /everything needed for review is there|complete/i);
    await tabTo(author, 'form[action$="/submit"] button[type="submit"]');
    await author.keyboard.press('Enter');
    await author.waitForURL(/\/me\/practices\?submitted=1/);
    assert.equal((await stored()).state, 'submitted');
  });

  it('a reviewer schedules it: the time zone is preselected to the browser’s, and 09:30 means 09:30 there', async () => {
    const reviewerUser = await createUser(t.ctx, ['member', 'organiser'], 'Piotr Nowak');
    const reviewer = await signedInPage(browser, baseUrl, reviewerUser, { timezoneId: 'America/Sao_Paulo' });
    await reviewer.goto(`/review/${practiceId}?lang=en`);
    await tabTo(reviewer, `form[action="/review/${practiceId}/start"] button`);
    await reviewer.keyboard.press('Enter');
    await reviewer.waitForURL(/done=1/);
    await checkPage(reviewer, `/review/${practiceId}?lang=en`, 'editor-review-schedule');
    assert.equal(await reviewer.locator('#pa-timeZone').inputValue(), 'America/Sao_Paulo', 'the browser’s zone is preselected');

    const year = new Date().getUTCFullYear() + 1;
    await tabTo(reviewer, '#pa-publishAt');
    await reviewer.locator('#pa-publishAt').fill(`${year}-03-02T09:30`);
    await tabTo(reviewer, 'form:has(#pa-publishAt) button[type="submit"]');
    await reviewer.keyboard.press('Enter');
    await reviewer.waitForURL(/done=1/);
    const scheduled = await stored();
    assert.equal(scheduled.state, 'scheduled');
    assert.equal(scheduled.publishTimeZone, 'America/Sao_Paulo');
    assert.equal(scheduled.publishAt?.toISOString(), `${year}-03-02T12:30:00.000Z`, '09:30 in São Paulo (UTC−3) is 12:30 UTC');
    assert.match(await reviewer.locator('p.notice-info[role="note"]').innerText(), /9:30.*America\/Sao_Paulo/);

    await reviewer.reload();
    assert.equal(await reviewer.locator('#pa-timeZone').inputValue(), 'America/Sao_Paulo');
    assert.equal(await reviewer.locator('[data-zone-guessed]').count(), 0, 'a chosen zone is not a guess any more');
    await reviewer.context().close();
  });
});
