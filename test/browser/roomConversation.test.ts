// Replies, quotes and reactions in a live room in Chromium, with the keyboard alone, between two people: the message
// menu opens with Enter, Reply puts the composer in reply mode (Escape leaves it), the reply arrives with its quote on
// the other screen, the quote takes the focus to the answered message, a reaction picked from the menu shows its count
// and who gave it live (named on focus, Escape hides the names) and is taken back from the reaction bar; message times
// read relative to now in the reader's language; a mute closes the composer with a countdown, live and on reload; a lock
// disables the composer live; the room page with quotes and reactions has no serious axe violation.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import { joinCommunity } from '../../server/commands/communities/joinCommunity.js';
import { muteMember } from '../../server/commands/communities/muteMember.js';
import { createRoom } from '../../server/commands/rooms/createRoom.js';
import { lockRoom } from '../../server/commands/rooms/lockRoom.js';
import { postMessage } from '../../server/commands/rooms/postMessage.js';
import type { Actor } from '../../server/context.js';
import { ensureWebBuilt, launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser } from '../support/testClient.js';
import { createUser } from '../support/users.js';

const actorOf = (user: RegisteredUser, roles: Actor['roles']): Actor => ({ userId: user.id, roles, displayName: user.displayName });

describe('live room conversation in the browser: reply, quote and react by keyboard', function () {
  this.timeout(180_000);
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let ana: RegisteredUser;
  let bor: RegisteredUser;
  let owner: RegisteredUser;
  let roomId: string;
  let roomPath: string;
  let questionSeq: number;
  let communityId: string;

  before(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    baseUrl = await t.listen();
    owner = await createUser(t.ctx, ['member', 'organiser'], 'Olga Organiser');
    ana = await createUser(t.ctx, ['member'], 'Ana Novak');
    bor = await createUser(t.ctx, ['member'], 'Bor Kos');
    const community = await createCommunity(t.ctx, actorOf(owner, ['member', 'organiser']), { name: 'Digital schools exchange', language: 'en', visibility: 'public', joinPolicy: 'open' });
    communityId = String(community._id);
    for (const person of [ana, bor]) await joinCommunity(t.ctx, actorOf(person, ['member']), String(community._id));
    const room = await createRoom(t.ctx, actorOf(owner, ['member', 'organiser']), String(community._id), { name: 'Devices', topic: 'What we bought and why' });
    roomId = String(room._id);
    roomPath = `/communities/${community.slug}/rooms/${roomId}`;
    const question = await postMessage(t.ctx, actorOf(bor, ['member']), String(room._id), { body: 'Who already uses tablets in the first grade?', clientId: 'question-1' });
    questionSeq = question.message.seq;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const connected = async (user: RegisteredUser): Promise<Page> => {
    const page = await signedInPage(browser, baseUrl, user);
    await page.goto(`${roomPath}?lang=en`);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    return page;
  };
  const messageWith = (page: Page, words: string) => page.getByRole('log').locator('li.message', { hasText: words });
  const focusedId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');
  /** Opens a message's menu from the keyboard: focus its button, Enter. */
  const openMenu = async (page: Page, words: string, author: string): Promise<void> => {
    await messageWith(page, words).getByLabel(`Actions for the message from ${author}`).focus();
    await page.keyboard.press('Enter');
  };

  it('replies with a quote, follows the quote to the message and reacts, all from the keyboard', async () => {
    const anaPage = await connected(ana);
    const borPage = await connected(bor);

    await openMenu(anaPage, 'Who already uses tablets', 'Bor Kos');
    await anaPage.keyboard.press('Tab');
    assert.equal(await anaPage.evaluate(() => document.activeElement?.textContent?.trim()), 'Reply', 'Reply is the first item of the menu');
    await anaPage.keyboard.press('Enter');
    assert.equal(await focusedId(anaPage), 'room-input', 'Reply takes the focus to the composer');
    await anaPage.locator('#room-reply', { hasText: 'Replying to Bor Kos:' }).waitFor();
    await anaPage.keyboard.press('Escape');
    assert.equal(await anaPage.locator('#room-reply').isHidden(), true, 'Escape leaves reply mode');

    await openMenu(anaPage, 'Who already uses tablets', 'Bor Kos');
    await anaPage.keyboard.press('Tab');
    await anaPage.keyboard.press('Enter');
    await anaPage.keyboard.type('We do, since September.');
    await anaPage.keyboard.press('Enter');
    const reply = messageWith(borPage, 'We do, since September.');
    await reply.waitFor();
    const quote = reply.locator('a.message-quote');
    assert.match(await quote.innerText(), /Bor Kos[\s\S]*Who already uses tablets in the first grade\?/);
    assert.equal(await anaPage.locator('#room-reply').isHidden(), true, 'the sent reply leaves reply mode');

    await quote.focus();
    await borPage.keyboard.press('Enter');
    assert.equal(await borPage.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.seq), String(questionSeq), 'the quote takes the focus to the answered message');

    await openMenu(borPage, 'We do, since September.', 'Ana Novak');
    await borPage.keyboard.press('Tab');
    await borPage.keyboard.press('Tab');
    assert.equal(await borPage.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kind), 'like', 'the reactions follow Reply');
    await borPage.keyboard.press('Enter');
    const liked = messageWith(anaPage, 'We do, since September.').locator('.reactions .reaction-slot[data-kind="like"]');
    await liked.locator('.reaction-count', { hasText: '1' }).waitFor();
    assert.equal(await liked.isVisible(), true, 'the count shows live on the other screen');
    const likers = liked.locator('.reaction-who');
    await likers.locator('li', { hasText: 'Bor Kos' }).waitFor({ state: 'attached' });
    assert.equal(await likers.isHidden(), true, 'who reacted shows only on demand');
    await liked.locator('button.reaction').focus();
    await likers.waitFor({ state: 'visible' });
    assert.equal(await liked.locator('button.reaction').evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent), 'Bor Kos', 'the reaction is described by who gave it');
    await anaPage.keyboard.press('Escape');
    await likers.waitFor({ state: 'hidden' });
    const mine = messageWith(borPage, 'We do, since September.').locator('form.reactions button[data-kind="like"]');
    await borPage.waitForFunction(() => document.querySelector('form.reactions button[data-kind="like"][aria-pressed="true"]') !== null);

    await mine.focus();
    await borPage.keyboard.press('Space');
    await liked.waitFor({ state: 'hidden' });
    assert.equal(await mine.getAttribute('aria-pressed'), 'false', 'taken back from the reaction bar');
    const stored = await t.ctx.models.Message.findOne({ body: 'We do, since September.' }).lean();
    assert.deepEqual(stored?.reactions, []);
    assert.equal(stored?.replyTo?.seq, questionSeq);
  });

  it('locks the composer live when a moderator locks the room, and opens it again', async () => {
    const anaPage = await connected(ana);
    const moderator = actorOf(owner, ['member', 'organiser']);
    await lockRoom(t.ctx, moderator, roomId, { locked: true, reason: 'Break until 14:00' });
    await anaPage.locator('#room-locked').waitFor({ state: 'visible' });
    await anaPage.waitForFunction(() => (document.getElementById('room-send') as HTMLButtonElement | null)?.disabled === true);
    assert.equal(await anaPage.getByLabel('Your message').isDisabled(), true, 'a member cannot type in a locked room');
    await lockRoom(t.ctx, moderator, roomId, { locked: false });
    await anaPage.locator('#room-locked').waitFor({ state: 'hidden' });
    await anaPage.waitForFunction(() => (document.getElementById('room-send') as HTMLButtonElement | null)?.disabled === false);
  });

  it('tells message times relative to now in the reader’s language, and counts a mute down with the composer closed', async () => {
    const anaPage = await connected(ana);
    const time = messageWith(anaPage, 'Who already uses tablets').locator('time').first();
    assert.match(await time.innerText(), /^(now|\d+ minutes? ago)$/);
    assert.match((await time.getAttribute('title')) ?? '', /\d{4}/, 'the absolute time is its title');

    const moderator = actorOf(owner, ['member', 'organiser']);
    await muteMember(t.ctx, moderator, String(communityId), ana.id, { minutes: 60, reason: 'Cool down' });
    const error = anaPage.locator('#room-composer-error');
    await error.filter({ hasText: /^You are muted in this community until .+: you can write again in (60|59) minutes\.$/ }).waitFor();
    assert.equal(await anaPage.getByLabel('Your message').isDisabled(), true, 'a muted member cannot type');
    assert.equal(await anaPage.locator('#room-send').isDisabled(), true);

    await anaPage.goto(`${roomPath}?lang=sl`);
    await anaPage.locator('#room-composer-error').filter({ hasText: /znova lahko pišete čez (60|59) minut\.$/ }).waitFor();
    assert.match(await messageWith(anaPage, 'Who already uses tablets').locator('time').first().innerText(), /^(zdaj|pred \d+ minut)/);
    assert.equal(await anaPage.locator('#room-send').isDisabled(), true, 'the page opens closed while the mute lasts');

    await muteMember(t.ctx, moderator, String(communityId), ana.id, { minutes: 0, reason: 'Talked it through' });
    await anaPage.waitForFunction(() => (document.getElementById('room-send') as HTMLButtonElement | null)?.disabled === false);
    assert.equal(await anaPage.locator('#room-composer-error').innerText(), '', 'lifting the mute clears the message');
  });

  it('has no serious accessibility violation with quotes and reactions, in English and Slovenian', async () => {
    const page = await signedInPage(browser, baseUrl, bor);
    const question = await t.ctx.models.Message.findOne({ seq: questionSeq, body: /tablets/ }).lean();
    await page.request.put(`/api/messages/${String(question?._id)}/reactions`, {
      data: { kind: 'heart', on: true },
      headers: { 'x-csrf-token': (await (await page.request.get('/api/auth/csrf')).json()).csrfToken },
    });
    await checkPage(page, `${roomPath}?lang=en`, 'room-conversation');
    assert.equal(await page.locator('.reactions [data-kind="heart"] .reaction-count').first().innerText(), '1');
    assert.equal(await page.locator('.reaction-slot[data-kind="heart"] .reaction-who li[data-user-id]').first().textContent(), 'Bor Kos', 'the page names who reacted');
    await checkPage(page, `${roomPath}?lang=sl`, 'room-conversation-sl');
    assert.match(await page.locator('a.message-quote').first().innerText(), /Bor Kos/);
  });
});
