// Unread tracking as Discourse keeps it: the last-read position per person and thread, a "new since your last visit"
// marker with a jump link, unread counts on the thread and community lists, and the read API refusing bad input.
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('unread tracking', () => {
  let t: TestApp;
  let owner: TestClient;
  before(async () => {
    t = await startTestApp();
    owner = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  it('marks what is new since the last visit, counts it on the lists, and forgets it once read', async () => {
    const created = await owner.post('/api/communities', { name: 'Unread school', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201);
    const { id, slug } = created.body.data;
    const { client: reader } = await clientWithRoles(t, ['member']);
    await reader.post(`/api/communities/${id}/members/join`).expect(200);
    const thread = (await owner.post(`/api/communities/${id}/threads`, { title: 'Plans for spring', body: 'First post' }).expect(201)).body.data;

    const firstVisit = await reader.get(`/threads/${thread.id}?lang=en`).expect(200);
    assert.doesNotMatch(firstVisit.text, /New since your last visit/, 'a first visit has nothing marked');
    await owner.post(`/api/threads/${thread.id}/replies`, { body: 'Second post' }).expect(201);
    const third = (await owner.post(`/api/threads/${thread.id}/replies`, { body: 'Third post' }).expect(201)).body.data;

    const list = await reader.get(`/api/communities/${id}/threads`).expect(200);
    assert.equal(list.body.data[0].unreadPosts, 2);
    const communityPage = await reader.get(`/communities/${slug}?lang=sl`).expect(200);
    assert.match(communityPage.text, /2 novi objavi/);
    const communities = await reader.get('/communities?lang=pl').expect(200);
    assert.match(communities.text, /1 wątek z nowymi wpisami/);

    const secondVisit = await reader.get(`/threads/${thread.id}?lang=en`).expect(200);
    assert.match(secondVisit.text, /href="\/threads\/[0-9a-f]+#first-unread">Jump to the first unread post</);
    const marker = secondVisit.text.indexOf('id="first-unread"');
    assert.ok(marker > secondVisit.text.indexOf('First post') && marker < secondVisit.text.indexOf('Second post'), 'the marker stands before the first new post');
    assert.ok(secondVisit.text.indexOf(`post-${third.id}`) > marker);

    assert.equal((await reader.get(`/api/communities/${id}/threads`).expect(200)).body.data[0].unreadPosts, 0);
    const thirdVisit = await reader.get(`/threads/${thread.id}`).expect(200);
    assert.doesNotMatch(thirdVisit.text, /first-unread/);
    assert.equal((await t.client().get(`/api/communities/${id}/threads`).expect(200)).body.data[0].unreadPosts, null, 'anonymous readers have no read state');
  });

  it('takes read positions from clients, never moving back, and refuses bad input', async () => {
    const created = await owner.post('/api/communities', { name: 'Read API school', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201);
    const thread = (await owner.post(`/api/communities/${created.body.data.id}/threads`, { title: 'Positions', body: 'One' }).expect(201)).body.data;
    await owner.post(`/api/threads/${thread.id}/replies`, { body: 'Two' }).expect(201);
    const { client: reader } = await clientWithRoles(t, ['member']);
    assert.equal((await reader.post(`/api/threads/${thread.id}/read`, { position: 99 }).expect(200)).body.data.position, 2, 'clamped to the posts there are');
    assert.equal((await reader.post(`/api/threads/${thread.id}/read`, { position: 1 }).expect(200)).body.data.position, 2, 'never moves back');
    for (const bad of [{ position: -1 }, { position: 'far' }, { position: 1, extra: true }, {}]) {
      const refused = await reader.post(`/api/threads/${thread.id}/read`, bad).expect(400);
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    await reader.post('/api/threads/0123456789abcdef01234567/read', { position: 1 }).expect(404);
    await t.client().post(`/api/threads/${thread.id}/read`, { position: 1 }).expect(403);
  });
});
