// The header of a signed-in page (the unread badge) is kept per person between page views; it must follow every
// write that changes it, including one another node of the same site made: a reply fanned out there, marking read,
// a ban from a members-only community whose notifications the person may no longer see.
import assert from 'node:assert/strict';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('the header of signed-in pages across two nodes', () => {
  /** Serves the reader's pages and runs no background work. */
  let pages: TestApp;
  /** Takes the others' writes and runs the notification fan-out. */
  let writes: TestApp;

  before(async () => {
    pages = await startTestApp();
    writes = await startTestApp({}, { sharing: pages });
    await writes.listen();
  });
  after(async () => {
    await writes.close();
    await pages.close();
  });

  const badge = async (client: TestClient): Promise<number> => {
    const text = (await client.get('/communities?lang=en').expect(200)).text;
    const found = /<span class="notification-count" data-unread="(\d+)"/.exec(text);
    assert.ok(found, 'a signed-in page has the unread badge');
    return Number(found[1]);
  };

  it('shows a reply fanned out on the other node, forgets what was read and what the person may no longer read', async () => {
    const { client: owner } = await clientWithRoles(writes, ['member', 'organiser']);
    const community = (await owner.post('/api/communities', { name: 'Two nodes', language: 'en', visibility: 'members-only', joinPolicy: 'open' }).expect(201)).body.data;
    const { client: reader, user: readerUser } = await clientWithRoles(pages, ['member']);
    await reader.post(`/api/communities/${community.id}/members/join`).expect(200);
    const thread = (await reader.post(`/api/communities/${community.id}/threads`, { title: 'Badges everywhere', body: 'Opening post' }).expect(201)).body.data;
    const { client: replier } = await clientWithRoles(writes, ['member']);
    await replier.post(`/api/communities/${community.id}/members/join`).expect(200);
    assert.equal(await badge(reader), 0);

    await replier.post(`/api/threads/${thread.id}/replies`, { body: 'A reply from the other node' }).expect(201);
    await eventually(async () => (await badge(reader)) === 1, 'the reader node shows the notification the other node wrote');

    await reader.post('/api/notifications/read', {}).expect(200);
    assert.equal(await badge(reader), 0, 'marking read empties the badge on the next page');

    await replier.post(`/api/threads/${thread.id}/replies`, { body: 'And another one' }).expect(201);
    await eventually(async () => (await badge(reader)) === 1, 'the second reply is counted');

    await owner.post(`/api/communities/${community.id}/members/${readerUser.id}/ban`, { reason: 'Testing the header' }).expect(204);
    await eventually(async () => (await badge(reader)) === 0, 'a banned member no longer counts what the members-only community sent');
  });
});
