// The personas end to end in Chromium (playwright-core) through the real app with Socket.IO and the search sync
// worker: a teacher searching, an author and a reviewer, a moderator with two members in a live room, an organiser.
// Every page type visited is saved as a screenshot under .test-artifacts/screenshots/ for a person to look at.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import sharp from 'sharp';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import { joinCommunity } from '../../server/commands/communities/joinCommunity.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { createRoom } from '../../server/commands/rooms/createRoom.js';
import type { Actor } from '../../server/context.js';
import type { Role } from '../../server/models/user.js';
import { launchBrowser } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser } from '../support/testClient.js';
import { createUser } from '../support/users.js';

const screenshotDir = path.resolve('.test-artifacts/screenshots');
const manifestFile = path.resolve('web/dist/manifest.json');

const actorOf = (user: RegisteredUser, roles: Role[]): Actor => ({ userId: user.id, roles, displayName: user.displayName });

/** Polls a condition on the app's state (not the clock) until it holds, or fails after `timeoutMs`. */
async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown }[];
}

/** Saves a full-page screenshot of a page type and checks it with axe-core: no serious or critical WCAG 2.1 A/AA violation. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe-core on ${name}: ${JSON.stringify(serious)}`);
}

describe('personas in the browser', function () {
  this.timeout(120_000);
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>) : {};
    if (!manifest['room.js'] || !manifest['editor.js']) execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts'], { stdio: 'inherit' });
    t = await startTestApp();
    baseUrl = await t.listen();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  /** A new person in the browser (own cookies), not signed in. */
  async function visitor(): Promise<Page> {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  /** Published practices by `author` (set up through the commands), once the search index has them. */
  async function publishedPractices(author: RegisteredUser, practices: { title: string; country?: string }[]): Promise<void> {
    for (const { title, country } of practices) {
      const practice = await createPractice(t.ctx, actorOf(author, ['member']), { originalLanguage: 'en', ...(country ? { country } : {}), texts: { en: { title, summary: 'What was done, for whom, and with what result.' } } });
      await t.ctx.models.Practice.updateOne({ _id: practice._id }, { $set: { state: 'published', publishedAt: new Date() }, $inc: { rev: 1 } });
    }
    t.ctx.events.emit('search.pending');
    const sortTitles = practices.map((p) => p.title.toLowerCase());
    await waitUntil(async () => (await t.ctx.models.Practice.countDocuments({ sortTitle: { $in: sortTitles }, $expr: { $eq: ['$rev', '$indexedRev'] } })) === practices.length);
  }

  /** A browser context (one person) signed in through the sign-in form. */
  async function signedIn(user: RegisteredUser): Promise<Page> {
    const page = await visitor();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL(/\/me$/);
    return page;
  }

  it('a teacher searches with a typo and a facet and opens a practice', async () => {
    const writer = await createUser(t.ctx, ['member'], 'Tina Writer');
    await publishedPractices(writer, [
      { title: 'Mentoring circles for new teachers', country: 'SI' },
      { title: 'Mentoring network of rural schools', country: 'PL' },
    ]);
    const page = await visitor();
    await page.goto('/');
    await screenshot(page, 'home');
    await page.locator('#site-search-q').fill('mentorng circels');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\?/);
    await page.getByRole('link', { name: 'Mentoring circles for new teachers' }).first().waitFor();
    await page.getByRole('group', { name: 'Country' }).getByLabel(/Slovenia/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/country=SI/);
    await page.getByRole('link', { name: 'Mentoring circles for new teachers' }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Mentoring network of rural schools' }).count(), 0);
    await screenshot(page, 'search');
    await page.getByRole('link', { name: 'Mentoring circles for new teachers' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mentoring circles for new teachers' }).waitFor();
    await screenshot(page, 'practice');
  });

  it('a visitor registers, meets field errors, and reaches the account page', async () => {
    const page = await visitor();
    await page.goto('/register');
    await screenshot(page, 'register');
    await page.getByLabel('Name shown to others').fill('Eva Lindqvist');
    await page.getByLabel('E-mail address').fill('eva@example');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByLabel('E-mail address').getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'register-errors');
    await page.getByLabel('E-mail address').fill('eva.lindqvist@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/me$/);
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await screenshot(page, 'account');
    await page.locator('.account-menu summary').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.goto('/sign-in');
    await screenshot(page, 'sign-in');
  });

  it('a moderator and two members share a live room: messages, typing, slow mode, a deletion and a reconnect', async () => {
    const moderator = await createUser(t.ctx, ['organiser'], 'Marta Moderator');
    const ana = await createUser(t.ctx, ['member'], 'Ana Novak');
    const bor = await createUser(t.ctx, ['member'], 'Bor Kos');
    const community = await createCommunity(t.ctx, actorOf(moderator, ['organiser']), {
      name: 'Digital mentors exchange',
      language: 'en',
      visibility: 'public',
      joinPolicy: 'open',
    });
    await joinCommunity(t.ctx, actorOf(ana, ['member']), String(community._id));
    await joinCommunity(t.ctx, actorOf(bor, ['member']), String(community._id));
    const room = await createRoom(t.ctx, actorOf(moderator, ['organiser']), String(community._id), { name: 'Monthly exchange', topic: 'What worked this month' });
    const roomPath = `/communities/${community.slug}/rooms/${String(room._id)}`;

    const modPage = await signedIn(moderator);
    const anaPage = await signedIn(ana);
    const borPage = await signedIn(bor);

    let borSocketBlocked = false;
    const borSockets: WebSocketRoute[] = [];
    await borPage.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (borSocketBlocked) {
        void ws.close();
        return;
      }
      borSockets.push(ws);
      ws.connectToServer();
    });
    await borPage.route('**/socket.io/**', (route) => (borSocketBlocked ? route.abort() : route.continue()));

    for (const page of [modPage, anaPage, borPage]) {
      await page.goto(roomPath);
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    }
    await borPage.locator('#room-presence li', { hasText: 'Marta Moderator' }).waitFor();
    await borPage.locator('#room-presence li', { hasText: 'Ana Novak' }).waitFor();

    const log = (page: Page) => page.getByRole('log');
    await anaPage.getByLabel('Your message').fill('Hello from Ana: we started a **mentoring** circle');
    await borPage.locator('#room-typing', { hasText: 'Ana Novak is typing' }).waitFor();
    await anaPage.getByRole('button', { name: 'Send' }).click();
    await log(borPage).locator('li', { hasText: 'Hello from Ana' }).locator('strong', { hasText: 'mentoring' }).waitFor();
    await log(modPage).locator('li', { hasText: 'Hello from Ana' }).waitFor();
    await screenshot(borPage, 'room');

    await modPage.getByLabel("Slow mode: seconds between one member's messages").fill('60');
    await modPage.locator('#sm-reason').fill('Let everyone catch up');
    await modPage.getByRole('button', { name: 'Set slow mode' }).click();
    await modPage.waitForURL(/saved=1/);
    await anaPage.locator('#room-slow-mode', { hasText: 'one message every 60 seconds' }).waitFor();
    await anaPage.getByLabel('Your message').fill('First under slow mode');
    await anaPage.getByRole('button', { name: 'Send' }).click();
    await log(borPage).locator('li', { hasText: 'First under slow mode' }).waitFor();
    await anaPage.getByLabel('Your message').fill('Second too soon');
    await anaPage.locator('#room-composer-error', { hasText: 'Slow mode: you can send again in' }).waitFor();
    assert.equal(await anaPage.getByRole('button', { name: 'Send' }).isDisabled(), true, 'Send waits for the slow-mode countdown');
    await screenshot(anaPage, 'room-slow-mode');

    const firstItem = log(modPage).locator('li.message', { hasText: 'First under slow mode' });
    await firstItem.getByLabel('Actions for the message from Ana Novak').click();
    modPage.once('dialog', (dialog) => void dialog.accept());
    await firstItem.getByRole('button', { name: 'Delete' }).click();
    await log(borPage).locator('li.message-deleted', { hasText: 'This message was deleted.' }).waitFor();
    assert.equal(await log(anaPage).locator('li', { hasText: 'First under slow mode' }).count(), 0);

    borSocketBlocked = true;
    for (const ws of borSockets) await ws.close();
    await borPage.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor();
    for (const text of ['Missed one', 'Missed two', 'Missed three']) {
      await modPage.getByLabel('Your message').fill(text);
      await modPage.getByRole('button', { name: 'Send' }).click();
      await log(modPage).locator('li', { hasText: text }).waitFor();
    }
    borSocketBlocked = false;
    await log(borPage).locator('li', { hasText: 'Missed three' }).waitFor({ timeout: 30_000 });
    const texts = await log(borPage).locator('li.message .message-body').allTextContents();
    const missed = texts.map((text) => text.trim()).filter((text) => text.startsWith('Missed'));
    assert.deepEqual(missed, ['Missed one', 'Missed two', 'Missed three']);
    const seqs = await log(borPage).locator('li.message').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.seq)));
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
    assert.equal(new Set(seqs).size, seqs.length);
    await screenshot(modPage, 'room-moderator');
  });

  it('two people in a room see an edit live, mention with autocomplete; a report is handled from the live review queue; the mute shows at once', async () => {
    const moderator = await createUser(t.ctx, ['organiser'], 'Maja Moderator');
    const ana = await createUser(t.ctx, ['member'], 'Ana Kovač');
    const community = await createCommunity(t.ctx, actorOf(moderator, ['organiser']), { name: 'Rural schools exchange', language: 'en', visibility: 'public', joinPolicy: 'open' });
    await joinCommunity(t.ctx, actorOf(ana, ['member']), String(community._id));
    const room = await createRoom(t.ctx, actorOf(moderator, ['organiser']), String(community._id), { name: 'Thursday exchange', topic: 'Devices and licences' });
    const roomPath = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const modPage = await signedIn(moderator);
    const anaPage = await signedIn(ana);
    const queuePage = await modPage.context().newPage();
    for (const page of [modPage, anaPage]) {
      await page.goto(roomPath);
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    }
    await queuePage.goto(`/communities/${community.slug}/moderation`);
    await queuePage.getByRole('heading', { name: /Review queue/ }).waitFor();
    await screenshot(queuePage, 'moderation-empty');

    const log = (page: Page) => page.getByRole('log');
    await anaPage.getByLabel('Your message').fill('We bought 30 tablets');
    await anaPage.getByRole('button', { name: 'Send' }).click();
    const anaOnMod = log(modPage).locator('li.message', { hasText: 'We bought 30 tablets' });
    await anaOnMod.waitFor();
    const own = log(anaPage).locator('li.message', { hasText: 'We bought 30 tablets' });
    await own.getByLabel('Actions for the message from Ana Kovač').click();
    await own.getByRole('button', { name: 'Edit' }).click();
    await own.getByLabel('Edit your message').fill('We bought 32 tablets');
    await own.getByRole('button', { name: 'Save' }).click();
    await log(modPage).locator('li.message', { hasText: 'We bought 32 tablets' }).filter({ hasText: 'edited' }).waitFor();

    await anaPage.getByLabel('Your message').pressSequentially('Thanks @Maj', { delay: 30 });
    await anaPage.getByRole('option', { name: /Maja Moderator/ }).waitFor();
    await anaPage.getByLabel('Your message').press('Enter');
    assert.match(await anaPage.getByLabel('Your message').inputValue(), /^Thanks @maja\.moderator\d* $/, 'Enter inserts the handle while the list is open');
    await anaPage.getByLabel('Your message').press('Enter');
    await log(modPage).locator('li.message', { hasText: 'Thanks @maja.moderator' }).waitFor();

    await modPage.getByLabel('Your message').fill('Licences are free for schools until June');
    await modPage.getByRole('button', { name: 'Send' }).click();
    const reported = log(anaPage).locator('li.message', { hasText: 'Licences are free' });
    await reported.waitFor();
    await reported.getByLabel('Actions for the message from Maja Moderator').click();
    await reported.getByLabel('Reason for the report').selectOption('misinformation');
    await reported.getByRole('button', { name: 'Report to moderators' }).click();
    await anaPage.getByText('Thank you. The moderators will look at it').waitFor();

    const card = queuePage.locator('li.review-item', { hasText: 'Licences are free' });
    await card.waitFor({ timeout: 30_000 });
    await queuePage.getByText('1 item waits').waitFor();
    assert.match(await card.innerText(), /False or misleading information × 1/);
    await screenshot(queuePage, 'moderation-review-queue');
    await card.getByLabel('Delete it').check();
    await card.getByLabel('Reason (the author').fill('Not correct: the licence offer ended');
    await card.getByRole('button', { name: 'Decide' }).click();
    await queuePage.getByText('Decided. The reporters see the outcome').waitFor();
    await log(anaPage).locator('li.message-deleted').waitFor();

    await queuePage.goto(`/communities/${community.slug}/moderation?q=Ana`);
    const row = queuePage.getByRole('row', { name: /Ana Kovač/ });
    await row.locator('summary').click();
    await row.getByLabel('Mute for').selectOption('60');
    await row.locator('input[name="reason"]').first().fill('Cooling off');
    await row.getByRole('button', { name: 'Mute' }).click();
    await anaPage.locator('#room-composer-error', { hasText: 'You are muted in this community until' }).waitFor();
    assert.equal(await anaPage.getByLabel('Your message').isDisabled(), true, 'the muted member cannot type');
    await screenshot(anaPage, 'room-muted');
    await anaPage.goto('/moderation');
    await anaPage.getByText('moderators acted on it').waitFor();
  });

  it('an author drafts and submits, a reviewer requests changes, the author fixes, the reviewer publishes, and search finds it', async () => {
    const author = await createUser(t.ctx, ['member'], 'Katarzyna Author');
    const reviewer = await createUser(t.ctx, ['organiser'], 'Rita Reviewer');
    const authorPage = await signedIn(author);
    await authorPage.goto('/me/practices');
    await authorPage.getByRole('link', { name: 'Describe a new practice' }).click();
    await authorPage.getByLabel('Language you write in').selectOption('en');
    await authorPage.getByLabel('Title').fill('Peer mentoring for rural teachers');
    await authorPage.getByLabel('Summary').fill('Teachers in small rural schools mentor each other in **digital** teaching.');
    await authorPage.getByLabel('Type of practice').selectOption('training');
    await authorPage.getByLabel('Sector', { exact: true }).selectOption('school');
    await authorPage.getByLabel('Organisation', { exact: true }).fill('Zespół Szkół w Lipnicy');
    await authorPage.getByLabel('Type of organisation').selectOption('school');
    await authorPage.getByLabel('Country').selectOption('PL');
    await authorPage.getByLabel('Region or municipality').fill('Pomorskie');
    await screenshot(authorPage, 'editor-basics');
    await authorPage.getByRole('button', { name: 'Save and continue' }).click();
    await authorPage.waitForURL(/step=context/);
    await authorPage.getByLabel('The challenge').fill('Teachers were isolated and had no one to ask.');
    await authorPage.locator('#f-educationLevels-isced-1').check();
    await authorPage.locator('#f-targetGroups-teachers').check();
    await authorPage.getByLabel('Stage').selectOption('implement');
    await authorPage.getByLabel('Start date').fill('2023-09-01');
    await authorPage.getByLabel('Number of schools').fill('14');
    await screenshot(authorPage, 'editor-context');
    await authorPage.getByRole('button', { name: 'Save and continue' }).click();
    await authorPage.waitForURL(/step=practice/);
    await authorPage.getByLabel('What was done').fill('Pairs of teachers met monthly.');
    await authorPage.getByLabel('How it was implemented, step by step').fill('- Pairing\n- Monthly visits\n- Shared notes');
    await authorPage.getByLabel('Resources needed').fill('Two hours a month per teacher.');
    await authorPage.getByRole('button', { name: 'Save and continue' }).click();
    await authorPage.waitForURL(/step=competences/);
    await authorPage.locator('#f-digCompEdu-2-1').check();
    await authorPage.getByRole('button', { name: 'Save and continue' }).click();
    await authorPage.waitForURL(/step=evidence/);
    await authorPage.getByLabel('Outcomes and evidence').fill('All 14 schools kept going after a year.');
    await authorPage.locator('#f-evidenceTypes-survey').check();
    await authorPage.getByLabel('Evidence level').selectOption('promising');
    await authorPage.getByLabel('Difficulties and what failed').fill('Winter roads made visits hard.');
    await authorPage.getByLabel('Conditions for transfer').fill('A head teacher who protects the time.');
    await authorPage.getByLabel('Lessons learned').fill('Start small.');
    await authorPage.getByRole('button', { name: 'Save and continue' }).click();
    await authorPage.waitForURL(/step=sharing/);
    await authorPage.getByLabel('Programme').fill('Erasmus+');
    await authorPage.getByLabel('Funding', { exact: true }).fill('Municipal budget');
    await authorPage.getByLabel('Contact person').fill('Katarzyna Author');
    await authorPage.getByLabel('Contact e-mail').fill('k.author@example.pl');
    await screenshot(authorPage, 'editor-sharing');
    await authorPage.getByRole('button', { name: 'Save and continue' }).click();
    await authorPage.waitForURL(/step=attachments/);
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).png().toBuffer();
    await authorPage.getByLabel('Alt text: what the image shows').fill('Two teachers planning a lesson together');
    await authorPage.getByLabel('Add files (images, PDF, office documents)').setInputFiles({ name: 'mentors.png', mimeType: 'image/png', buffer: photo });
    await authorPage.getByRole('status').filter({ hasText: 'mentors.png was added.' }).waitFor();
    await authorPage.locator('#attachment-list li', { hasText: 'mentors.png' }).waitFor();
    await screenshot(authorPage, 'editor-attachments');
    await authorPage.getByRole('link', { name: 'Continue to the preview' }).click();
    await authorPage.waitForURL(/step=review/);
    await authorPage.getByText('Everything required is filled in.').waitFor();
    await screenshot(authorPage, 'editor-review');
    await authorPage.getByRole('button', { name: 'Submit for review' }).click();
    await authorPage.waitForURL(/\/me\/practices\?submitted=1/);
    await authorPage.getByRole('row', { name: /Peer mentoring.*Submitted for review/ }).waitFor();
    await screenshot(authorPage, 'my-practices');

    const reviewerPage = await signedIn(reviewer);
    await reviewerPage.goto('/review');
    await screenshot(reviewerPage, 'review-queue');
    await reviewerPage.getByRole('link', { name: 'Peer mentoring for rural teachers' }).click();
    await reviewerPage.getByRole('button', { name: 'Take into review' }).click();
    await reviewerPage.getByLabel('Comment for the author').fill('Please say how many teachers took part.');
    await reviewerPage.getByRole('button', { name: 'Request changes' }).click();
    await reviewerPage.waitForURL(/done=1/);

    await authorPage.goto('/me/practices');
    await authorPage.getByRole('link', { name: 'Peer mentoring for rural teachers' }).click();
    await authorPage.getByText('Please say how many teachers took part.').waitFor();
    await authorPage.getByRole('link', { name: /Context and scale/ }).click();
    await authorPage.getByLabel('Number of participants').fill('38');
    await authorPage.getByRole('button', { name: 'Save draft' }).click();
    await authorPage.waitForURL(/saved=1/);
    await authorPage.getByRole('link', { name: /Preview and submit/ }).click();
    await authorPage.getByRole('button', { name: 'Submit for review' }).click();
    await authorPage.waitForURL(/submitted=1/);

    await reviewerPage.goto('/review');
    await reviewerPage.getByRole('link', { name: 'Peer mentoring for rural teachers' }).click();
    await reviewerPage.getByRole('cell', { name: '38' }).waitFor();
    await screenshot(reviewerPage, 'review-diff');
    await reviewerPage.getByRole('button', { name: 'Take into review' }).click();
    await reviewerPage.getByRole('button', { name: 'Publish now' }).click();
    await reviewerPage.waitForURL(/done=1/);

    const stored = await t.ctx.models.Practice.findOne({ sortTitle: 'peer mentoring for rural teachers' }).lean();
    assert.equal(stored?.state, 'published');
    await waitUntil(async () => {
      const current = await t.ctx.models.Practice.findById(stored?._id, { rev: 1, indexedRev: 1 }).lean();
      return current !== null && current.indexedRev === current.rev;
    });
    const searchPage = await visitor();
    await searchPage.goto('/search?q=peer+mentoring');
    await searchPage.getByRole('link', { name: 'Peer mentoring for rural teachers' }).first().waitFor();
  });

  it('an organiser assembles a collection of write-ups, reorders it and publishes it', async () => {
    const organiser = await createUser(t.ctx, ['organiser'], 'Olga Organiser');
    const writer = await createUser(t.ctx, ['member'], 'Wiktor Writer');
    await publishedPractices(writer, [{ title: 'Coding clubs in village libraries' }, { title: 'Cloud tools for municipal clerks' }]);
    const page = await signedIn(organiser);
    await page.goto('/collections/new');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Digital Schools Conference 2025');
    await page.getByLabel('Introduction', { exact: true }).fill('Write-ups from the **Gdańsk** conference.');
    await page.getByLabel('Name of the event').fill('Digital Schools Conference');
    await page.getByLabel('Date', { exact: true }).fill('2025-10-14');
    await page.getByLabel('Place', { exact: true }).fill('Gdańsk');
    await screenshot(page, 'collection-new');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.waitForURL(/\/collections\/[0-9a-f]{24}\/edit\?saved=1/);
    for (const query of ['coding clubs', 'cloud tools']) {
      await page.getByLabel('Search published practices and resources').fill(query);
      await page.getByRole('button', { name: 'Search', exact: true }).last().click();
      await page.locator('.search-add li').first().getByRole('button', { name: 'Add' }).click();
      await page.waitForURL(/saved=1/);
    }
    await page.locator('.collection-items li', { hasText: 'Cloud tools' }).getByRole('button', { name: /^Move up\b/ }).click();
    await page.waitForURL(/saved=1/);
    const order = (await page.locator('.collection-items .item-title').allTextContents()).map((text) => text.trim());
    assert.deepEqual(order, ['Cloud tools for municipal clerks', 'Coding clubs in village libraries']);
    await screenshot(page, 'collection-editor');
    await page.getByRole('button', { name: 'Publish the collection' }).click();
    await page.waitForURL(/published=1/);
    const slug = /\/collections\/([a-z0-9-]+)\./.exec((await page.locator('main').getByRole('status').textContent()) ?? '')?.[1];
    assert.ok(slug);
    const publicPage = await visitor();
    await publicPage.goto(`/collections/${slug}`);
    await publicPage.getByRole('heading', { name: 'Digital Schools Conference 2025' }).waitFor();
    await publicPage.getByText('Cloud tools for municipal clerks').first().waitFor();
    await screenshot(publicPage, 'collection');
  });
});
