// Regressions found by the hostile sweep: bodies that sanitize down to nothing are refused before anything is written
// (threads, replies, post edits, room messages, the thread form), and a muted member cannot edit their own posts.
import { strict as assert } from 'node:assert';
import { clientWithRoles } from '../support/users.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';

const emptiedBodies = ['<script>alert(1)</script>', '<!-- only a comment -->', '<div><style>p{}</style></div>'];

describe('hostile-sweep regressions', () => {
  let t: TestApp;
  let owner: TestClient;
  let communityId: string;
  let member: TestClient;
  let memberId: string;
  before(async () => {
    t = await startTestApp();
    owner = (await clientWithRoles(t, ['member', 'organiser'])).client;
    communityId = (await owner.post('/api/communities', { name: 'Sweep', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
    const joined = await clientWithRoles(t, ['member']);
    member = joined.client;
    memberId = joined.user.id;
    await member.post(`/api/communities/${communityId}/members/join`).expect(200);
  });
  after(async () => t.close());

  const threadCount = async (): Promise<number> => (await t.client().get(`/api/communities/${communityId}/threads`).expect(200)).body.page.total;

  it('refuses a thread whose body cleans down to nothing with 400 on the body, and writes no thread', async () => {
    for (const body of emptiedBodies) {
      const refused = await member.post(`/api/communities/${communityId}/threads`, { title: 'Looks harmless', body }).expect(400);
      assert.equal(refused.body.error.code, 'validation_failed');
      assert.equal(refused.body.error.details[0].path, 'body');
      assert.match(refused.body.error.message, /nothing left to show/);
    }
    assert.equal(await threadCount(), 0);
    assert.equal(await t.ctx.models.Thread.countDocuments({}), 0);
    assert.equal(await t.ctx.models.Post.countDocuments({}), 0);
  });

  it('refuses such replies and edits, leaving the thread and the post as they were', async () => {
    const thread = (await member.post(`/api/communities/${communityId}/threads`, { title: 'Real thread', body: 'Real **text**' }).expect(201)).body.data;
    const post = thread.posts[0];
    for (const body of emptiedBodies) {
      const reply = await member.post(`/api/threads/${thread.id}/replies`, { body }).expect(400);
      assert.equal(reply.body.error.details[0].path, 'body');
      const edit = await member.patch(`/api/posts/${post.id}`, { body, rev: post.rev }).expect(400);
      assert.equal(edit.body.error.details[0].path, 'body');
    }
    const after = (await t.client().get(`/api/threads/${thread.id}`).expect(200)).body.data;
    assert.equal(after.postCount, 1);
    assert.equal(after.posts.length, 1);
    assert.match(after.posts[0].bodyHtml, /<strong>text<\/strong>/);
    await member.post(`/api/threads/${thread.id}/replies`, { body: '![a chart](https://example.org/chart.png)' }).expect(201);
  });

  it('refuses a room message that cleans down to nothing, and stores none', async () => {
    const roomId = (await owner.post(`/api/communities/${communityId}/rooms`, { name: 'Sweep room', topic: 'Anything' }).expect(201)).body.data.id;
    const refused = await member.post(`/api/rooms/${roomId}/messages`, { body: '<script>alert(1)</script>', clientId: 'c-1' }).expect(400);
    assert.equal(refused.body.error.details[0].path, 'body');
    assert.equal(await t.ctx.models.Message.countDocuments({ roomId }), 0);
    const sent = (await member.post(`/api/rooms/${roomId}/messages`, { body: 'Hello', clientId: 'c-2' }).expect(201)).body.data;
    const edit = await member.patch(`/api/messages/${sent.id}`, { body: '<!-- only a comment -->' }).expect(400);
    assert.equal(edit.body.error.details[0].path, 'body');
  });

  it('shows the body error on the thread form page instead of failing', async () => {
    const slug = (await t.client().get(`/api/communities/${communityId}`).expect(200)).body.data.slug;
    const page = await member.agent.post(`/communities/${slug}/threads`).type('form').send({ _csrf: member.csrfToken, title: 'Form thread', body: '<script>alert(1)</script>' });
    assert.ok(page.status >= 400 && page.status < 500, `answered ${page.status}`);
    assert.match(page.text, /aria-invalid="true"/);
    assert.equal(await t.ctx.models.Thread.countDocuments({ title: 'Form thread' }), 0);
  });

  it('refuses a muted member’s edit of their own post with 403 muted', async () => {
    const thread = (await member.post(`/api/communities/${communityId}/threads`, { title: 'Before the mute', body: 'First words' }).expect(201)).body.data;
    await owner.post(`/api/communities/${communityId}/members/${memberId}/mute`, { minutes: 30, reason: 'Cooling down' }).expect(200);
    const refused = await member.patch(`/api/posts/${thread.posts[0].id}`, { body: 'Edited while muted', rev: thread.posts[0].rev }).expect(403);
    assert.equal(refused.body.error.code, 'muted');
    const unchanged = (await t.client().get(`/api/threads/${thread.id}`).expect(200)).body.data;
    assert.match(unchanged.posts[0].bodyHtml, /First words/);
  });
});
