// Bookmarks through HTTP: save a practice and a post, list them on the API and the personal page, lose what one may
// no longer see, and refuse what one cannot see or bad input without writing anything.
import assert from 'node:assert/strict';
import { insertPractice } from '../search/searchTestKit.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('bookmarks', () => {
  let t: TestApp;
  let owner: TestClient;
  before(async () => {
    t = await startTestApp();
    owner = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  it('saves practices and posts, lists them, and keeps only what the reader may still see', async () => {
    const practiceId = await insertPractice(t.ctx, { language: 'sv', title: 'Digitala lärplattformar' });
    const place = (await owner.post('/api/communities', { name: 'Closed circle', language: 'en', visibility: 'members-only', joinPolicy: 'open' }).expect(201)).body.data;
    const { client: reader, user } = await clientWithRoles(t, ['member']);
    await reader.post(`/api/communities/${place.id}/members/join`).expect(200);
    const thread = (await owner.post(`/api/communities/${place.id}/threads`, { title: 'Inside news', body: 'Only for members' }).expect(201)).body.data;

    const saved = await reader.post('/api/bookmarks', { targetType: 'practice', targetId: practiceId }).expect(201);
    assert.equal(saved.body.data.title, 'Digitala lärplattformar');
    await reader.post('/api/bookmarks', { targetType: 'practice', targetId: practiceId }).expect(201);
    await reader.post('/api/bookmarks', { targetType: 'post', targetId: thread.posts[0].id }).expect(201);
    const list = (await reader.get('/api/bookmarks').expect(200)).body.data;
    assert.deepEqual(list.map((item: { targetType: string }) => item.targetType), ['post', 'practice']);
    assert.match(list[0].path, new RegExp(`^/threads/${thread.id}#post-`));

    const page = await reader.get('/me/bookmarks?lang=sv').expect(200);
    assert.match(page.text, /<h1>Bokmärken<\/h1>/);
    assert.match(page.text, /Digitala lärplattformar/);
    const practicePage = await reader.get(`/practices/${(await t.ctx.models.Practice.findById(practiceId).lean())?.slug}?lang=en`).expect(200);
    assert.match(practicePage.text, /Remove bookmark/);

    await owner.post(`/api/communities/${place.id}/members/${user.id}/ban`, { reason: 'moved away' }).expect(204);
    const after = (await reader.get('/api/bookmarks').expect(200)).body.data;
    assert.deepEqual(after.map((item: { targetType: string }) => item.targetType), ['practice'], 'a post in a community the reader left is no longer listed');

    await reader.post('/api/bookmarks/remove', { targetType: 'practice', targetId: practiceId }).expect(204);
    assert.equal((await reader.get('/api/bookmarks').expect(200)).body.data.length, 0);
  });

  it('refuses what the reader cannot see and bad input, writing nothing', async () => {
    const draft = await insertPractice(t.ctx, { language: 'en', title: 'Secret draft', state: 'draft' });
    const { client: reader } = await clientWithRoles(t, ['member']);
    const before = await t.ctx.models.Bookmark.countDocuments({});
    await reader.post('/api/bookmarks', { targetType: 'practice', targetId: draft }).expect(404);
    await reader.post('/api/bookmarks', { targetType: 'post', targetId: '0123456789abcdef01234567' }).expect(404);
    for (const bad of [{ targetType: 'planet', targetId: draft }, { targetType: 'practice', targetId: 'nope' }, { targetType: 'practice' }, { targetType: 'practice', targetId: draft, extra: 1 }]) {
      assert.equal((await reader.post('/api/bookmarks', bad).expect(400)).body.error.code, 'validation_failed');
    }
    assert.equal(await t.ctx.models.Bookmark.countDocuments({}), before);
    await t.client().get('/api/bookmarks').expect(401);
  });
});
