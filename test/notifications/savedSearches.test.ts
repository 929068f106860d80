// Saved searches through HTTP and the alert worker: save a search from the search page and the API, list, rename,
// turn alerts off and delete on the personal page; the worker announces new published matches once, in-app or by
// e-mail by the person's preference, never what the person may not see nor what was there before the search was saved.
import assert from 'node:assert/strict';
import { Types } from 'mongoose';
import { runSavedSearchAlerts } from '../../server/commands/notifications/savedSearchAlerts.js';
import { indexEverything, insertPractice } from '../search/searchTestKit.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('saved searches', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    await insertPractice(t.ctx, { language: 'pl', title: 'Tablice interaktywne' });
    await indexEverything(t.ctx);
  });
  after(async () => t.close());

  const form = (client: TestClient, fields: Record<string, string>) =>
    client.agent.post('/me/saved-searches').type('form').send({ _csrf: client.csrfToken, ...fields });

  it('saves the search of the search page, lists it in words and changes it on the personal page', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const search = await client.get('/search?q=tablice&sector=local-government&type=practice&lang=pl').expect(200);
    assert.match(search.text, /<form class="save-search[^"]*" method="post" action="\/me\/saved-searches" data-save-search>/);
    assert.match(search.text, /name="search" value="q=tablice&amp;sector=local-government&amp;type=practice&amp;lang=pl"/);
    assert.match(search.text, /Zapisz to wyszukiwanie/);
    assert.match((await t.client().get('/search?q=tablice').expect(200)).text, /href="\/sign-in\?next=%2Fsearch%3Fq%3Dtablice"/, 'an anonymous reader is asked to sign in');

    const saved = await form(client, { action: 'save', name: 'Tablice w gminach', search: 'q=tablice&sector=local-government&type=practice&lang=pl&offset=20' }).expect(303);
    assert.equal(saved.headers.location, '/me/saved-searches?done=saved');
    const [item] = (await client.get('/api/saved-searches').expect(200)).body.data;
    assert.equal(item.name, 'Tablice w gminach');
    assert.deepEqual(item.query, { q: 'tablice', type: ['practice'], sector: ['local-government'] });
    assert.equal(item.path, '/search?q=tablice&type=practice&sector=local-government&sort=newest');
    assert.equal(item.alerts, true);

    const list = await client.get('/me/saved-searches?lang=sl&done=saved').expect(200);
    assert.match(list.text, /<h1>Shranjena iskanja<\/h1>/);
    assert.match(list.text, /Iskanje je shranjeno/);
    assert.match(list.text, /“tablice”/);
    assert.match(list.text, /Lokalna samouprava|občin/i, 'a filter value is shown by its label, not its code');
    assert.doesNotMatch(list.text, />local-government</);
    assert.match(list.text, /Izklopi opozorila/);

    await form(client, { action: 'rename', id: item.id, name: 'Gminy' }).expect(303);
    await form(client, { action: 'alerts', id: item.id, alerts: 'off' }).expect(303);
    const changed = (await client.get('/api/saved-searches').expect(200)).body.data[0];
    assert.equal(changed.name, 'Gminy');
    assert.equal(changed.alerts, false);
    assert.match((await client.get('/me/saved-searches?lang=sv').expect(200)).text, /Slå på bevakning/);
    await form(client, { action: 'delete', id: item.id }).expect(303);
    assert.match((await client.get('/me/saved-searches?lang=en').expect(200)).text, /You have no saved searches yet/);
  });

  it('keeps each person to their own searches and refuses bad input, writing nothing', async () => {
    const { client: mine } = await clientWithRoles(t, ['member']);
    const { client: other } = await clientWithRoles(t, ['member']);
    const id = (await mine.post('/api/saved-searches', { name: 'Mine', query: { q: 'robot' } }).expect(201)).body.data.id;
    await other.patch(`/api/saved-searches/${id}`, { name: 'Taken' }).expect(404);
    await other.delete(`/api/saved-searches/${id}`).expect(404);
    assert.equal((await other.get('/api/saved-searches').expect(200)).body.data.length, 0);
    await mine.patch(`/api/saved-searches/${new Types.ObjectId().toHexString()}`, { name: 'x' }).expect(404);
    await mine.delete('/api/saved-searches/nope').expect(404);

    const before = await t.ctx.models.SavedSearch.countDocuments({});
    for (const bad of [
      { name: '', query: { q: 'a' } },
      { name: 'x'.repeat(81), query: { q: 'a' } },
      { name: 'Bad sector', query: { q: 'a', sector: ['planet'] } },
      { name: 'Bad key', query: { q: 'a', offset: 3 } },
      { name: 'Extra', query: { q: 'a' }, owner: 'me' },
      { query: { q: 'a' } },
    ]) {
      assert.equal((await mine.post('/api/saved-searches', bad).expect(400)).body.error.code, 'validation_failed');
    }
    assert.equal((await mine.patch(`/api/saved-searches/${id}`, {}).expect(400)).body.error.code, 'validation_failed');
    assert.equal(await t.ctx.models.SavedSearch.countDocuments({}), before);
    await t.client().get('/api/saved-searches').expect(401);
    await (await t.client().init()).post('/api/saved-searches', { name: 'Anon', query: { q: 'a' } }).expect(401);
    assert.equal((await mine.get('/me/saved-searches?lang=pl').expect(200)).text.includes('Mine'), true);
    const anonymous = await t.client().get('/me/saved-searches').expect(303);
    assert.match(anonymous.headers.location ?? '', /^\/sign-in\?next=/);
  });

  it('refuses a 51st saved search with a stable code', async () => {
    const { client, user } = await clientWithRoles(t, ['member']);
    const now = new Date();
    await t.ctx.models.SavedSearch.insertMany(Array.from({ length: 50 }, (_, index) => ({ userId: new Types.ObjectId(user.id), name: `S${index}`, query: { q: `s${index}`, types: [], filters: {} }, checkedAt: now })));
    const refused = await client.post('/api/saved-searches', { name: 'One more', query: { q: 'more' } }).expect(422);
    assert.equal(refused.body.error.code, 'saved_search_limit');
    assert.equal(await t.ctx.models.SavedSearch.countDocuments({ userId: user.id }), 50);
  });

  it('announces new published matches once, and nothing the owner may not see', async () => {
    const { client: owner } = await clientWithRoles(t, ['member', 'organiser']);
    const { client, user } = await clientWithRoles(t, ['member']);
    const word = `zebrafish${Date.now()}`;
    await insertPractice(t.ctx, { language: 'en', title: `Old ${word} practice` });
    await indexEverything(t.ctx);
    const saved = (await client.post('/api/saved-searches', { name: 'Zebrafish', query: { q: word, sector: ['school'] } }).expect(201)).body.data;
    const talk = (await client.post('/api/saved-searches', { name: 'Talk', query: { q: word, type: ['post'] } }).expect(201)).body.data;
    const quiet = (await client.post('/api/saved-searches', { name: 'Quiet', query: { q: word }, alerts: false }).expect(201)).body.data;

    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 0, 'what was there before the search was saved is not new');
    const closed = (await owner.post('/api/communities', { name: `Closed ${word}`, language: 'en', visibility: 'members-only', joinPolicy: 'invite' }).expect(201)).body.data;
    await owner.post(`/api/communities/${closed.id}/threads`, { title: `Inside ${word}`, body: `Members only ${word}` }).expect(201);
    await insertPractice(t.ctx, { language: 'en', title: `Draft ${word}`, state: 'draft' });
    await insertPractice(t.ctx, { language: 'en', title: `Municipal ${word}`, sector: 'local-government' });
    await indexEverything(t.ctx);
    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 0, 'a members-only post, a draft and an unmatched practice are not announced');

    const open = (await owner.post('/api/communities', { name: `Open ${word}`, language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data;
    await owner.post(`/api/communities/${open.id}/threads`, { title: `Public ${word}`, body: `Everyone may read about ${word}` }).expect(201);
    await indexEverything(t.ctx);
    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 1, 'a public post matches the discussion search');
    assert.equal(await t.ctx.models.Notification.countDocuments({ userId: user.id, groupKey: `savedSearch:${talk.id}` }), 1);
    await t.ctx.models.Notification.deleteMany({ userId: user.id });

    await insertPractice(t.ctx, { language: 'en', title: `New ${word} lab` });
    await indexEverything(t.ctx);
    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 1);
    const notifications = await t.ctx.models.Notification.find({ userId: user.id }).lean();
    assert.deepEqual(notifications.map((item) => [item.kind, item.groupKey, item.title]), [['savedSearch', `savedSearch:${saved.id}`, 'Zebrafish']]);
    assert.equal(notifications[0]?.path, saved.path);
    assert.equal(notifications.some((item) => item.groupKey === `savedSearch:${quiet.id}`), false, 'a search with alerts off says nothing');
    const centre = (await client.get('/api/notifications').set('Accept-Language', 'en').expect(200)).body.data;
    assert.match(centre[0].text, /New matches for your saved search “Zebrafish”/);

    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 0, 'a match is announced once');
  });

  it('announces by the owner’s preference: an e-mail when chosen, nothing for “never”', async () => {
    const { client, user } = await clientWithRoles(t, ['member']);
    const word = `axolotl${Date.now()}`;
    await client.post('/api/saved-searches', { name: 'Axolotl', query: { q: word } }).expect(201);
    await client.patch('/api/me/notification-preferences', { savedSearch: 'email' }).expect(200);
    await insertPractice(t.ctx, { language: 'en', title: `First ${word} lab` });
    await indexEverything(t.ctx);
    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 1);
    const mail = await t.ctx.models.OutboxMessage.find({ to: user.email, kind: 'notification.savedSearch' }).lean();
    assert.equal(mail.length, 1, 'with e-mail chosen, the alert is queued as an e-mail');

    await client.patch('/api/me/notification-preferences', { savedSearch: 'never' }).expect(200);
    await insertPractice(t.ctx, { language: 'en', title: `Second ${word} lab` });
    await indexEverything(t.ctx);
    assert.equal((await runSavedSearchAlerts(t.ctx)).notified, 0);
    assert.equal(await t.ctx.models.Notification.countDocuments({ userId: user.id }), 1, '"never" sends nothing');
  });
});
