// Threads and posts through HTTP: Markdown, replies, edits with revisions and stale-revision refusal, soft delete,
// linked practice/resource cards, the first-post queue, locks, flags and the post rate limit.
import { strict as assert } from 'node:assert';
import { clientWithRoles } from '../support/users.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';

describe('threads and posts', () => {
  let t: TestApp;
  let owner: TestClient;
  before(async () => {
    t = await startTestApp();
    owner = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  const community = async (fields: Record<string, unknown> = {}): Promise<string> =>
    (await owner.post('/api/communities', { name: 'Szkoły cyfrowe', language: 'pl', visibility: 'public', joinPolicy: 'open', ...fields }).expect(201)).body.data.id;
  const joined = async (communityId: string) => {
    const { client, user } = await clientWithRoles(t, ['member']);
    await client.post(`/api/communities/${communityId}/members/join`).expect(200);
    return { client, user };
  };

  it('starts a thread with safe Markdown, takes replies and lists them in order', async () => {
    const id = await community();
    const { client } = await joined(id);
    const created = await client.post(`/api/communities/${id}/threads`, { title: 'SELFIE results', body: 'We ran **SELFIE** <script>alert(1)</script>' }).expect(201);
    const thread = created.body.data;
    assert.equal(thread.posts[0].state, 'visible');
    assert.match(thread.posts[0].bodyHtml, /<strong>SELFIE<\/strong>/);
    assert.doesNotMatch(thread.posts[0].bodyHtml, /script/);
    const reply = await owner.post(`/api/threads/${thread.id}/replies`, { body: 'Compare item by item.', parentId: thread.posts[0].id }).expect(201);
    assert.equal(reply.body.data.parentId, thread.posts[0].id);
    const got = await t.client().get(`/api/threads/${thread.id}`).expect(200);
    assert.deepEqual(got.body.data.posts.map((p: { id: string }) => p.id), [thread.posts[0].id, reply.body.data.id]);
    assert.equal(got.body.data.postCount, 2);
    const list = await t.client().get(`/api/communities/${id}/threads`).expect(200);
    assert.equal(list.body.data[0].id, thread.id);
    const outsider = (await clientWithRoles(t, ['member'])).client;
    const refused = await outsider.post(`/api/threads/${thread.id}/replies`, { body: 'hi' }).expect(403);
    assert.equal(refused.body.error.code, 'forbidden');
    await client.post(`/api/threads/${thread.id}/replies`, { body: 'x', parentId: '0123456789abcdef01234567' }).expect(404);
    await client.post(`/api/threads/${thread.id}/replies`, { body: '' }).expect(400);
  });

  it('stores links to practices and resources as cards', async () => {
    const id = await community();
    const { client } = await joined(id);
    const body = 'See [the plan](/practices/digital-plan-ljubljana) and http://localhost:3000/resources/selfie-handbook, not /practices/ alone.';
    const created = await client.post(`/api/communities/${id}/threads`, { title: 'Links', body }).expect(201);
    assert.deepEqual(created.body.data.posts[0].linkedItems, [
      { type: 'practice', slug: 'digital-plan-ljubljana', url: '/practices/digital-plan-ljubljana' },
      { type: 'resource', slug: 'selfie-handbook', url: '/resources/selfie-handbook' },
    ]);
  });

  it('edits with revision history, refuses a stale revision, and soft-deletes', async () => {
    const id = await community();
    const { client } = await joined(id);
    const created = await client.post(`/api/communities/${id}/threads`, { title: 'Edits', body: 'First version' }).expect(201);
    const post = created.body.data.posts[0];
    const edited = await client.patch(`/api/posts/${post.id}`, { body: 'Second version', rev: post.rev }).expect(200);
    assert.equal(edited.body.data.body, 'Second version');
    assert.equal(edited.body.data.rev, post.rev + 1);
    assert.ok(edited.body.data.editedAt);
    const stale = await client.patch(`/api/posts/${post.id}`, { body: 'Lost update', rev: post.rev }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    const revisions = await t.client().get(`/api/posts/${post.id}/revisions`).expect(200);
    assert.deepEqual(revisions.body.data.map((r: { body: string }) => r.body), ['First version']);
    const stranger = await joined(id);
    await stranger.client.patch(`/api/posts/${post.id}`, { body: 'Vandal', rev: edited.body.data.rev }).expect(403);
    await client.delete(`/api/posts/${post.id}`).expect(204);
    const after = await t.client().get(`/api/threads/${created.body.data.id}`).expect(200);
    assert.equal(after.body.data.posts[0].state, 'deleted');
    assert.equal(after.body.data.posts[0].body, null);
    const stored = await t.ctx.models.Post.findById(post.id).lean();
    assert.equal(stored?.body, 'Second version');
    assert.ok((stored?.rev ?? 0) > (stored?.indexedRev ?? 0) || stored?.deletedAt, 'marked for the search sync');
  });

  it('queues new members’ first posts when the community asks for it', async () => {
    const id = await community({ firstPostQueue: true });
    const { client } = await joined(id);
    const created = await client.post(`/api/communities/${id}/threads`, { title: 'My first thread', body: 'Hello all' }).expect(201);
    const thread = created.body.data;
    assert.equal(thread.state, 'queued');
    assert.equal(thread.posts[0].state, 'queued');
    await t.client().get(`/api/threads/${thread.id}`).expect(404);
    await client.get(`/api/threads/${thread.id}`).expect(200);
    assert.equal((await t.client().get(`/api/communities/${id}/threads`)).body.page.total, 0);
    await client.post(`/api/posts/${thread.posts[0].id}/approve`).expect(403);
    await owner.post(`/api/posts/${thread.posts[0].id}/approve`).expect(200);
    const visible = await t.client().get(`/api/threads/${thread.id}`).expect(200);
    assert.equal(visible.body.data.posts[0].state, 'visible');
    const second = await client.post(`/api/threads/${thread.id}/replies`, { body: 'Second post goes straight through' }).expect(201);
    assert.equal(second.body.data.state, 'visible');
    const audit = await owner.get(`/api/communities/${id}/audit`).expect(200);
    assert.ok(audit.body.data.some((e: { action: string }) => e.action === 'post.approve'));
  });

  it('locks a thread against replies except from moderators, and refuses muted members', async () => {
    const id = await community();
    const { client, user } = await joined(id);
    const thread = (await client.post(`/api/communities/${id}/threads`, { title: 'Heated', body: 'Opinion' }).expect(201)).body.data;
    await client.post(`/api/threads/${thread.id}/lock`, { locked: true }).expect(403);
    await owner.post(`/api/threads/${thread.id}/lock`, { locked: true, reason: 'Cooling down' }).expect(200);
    const locked = await client.post(`/api/threads/${thread.id}/replies`, { body: 'But…' }).expect(403);
    assert.equal(locked.body.error.code, 'thread_locked');
    await owner.post(`/api/threads/${thread.id}/replies`, { body: 'Locked for a day.' }).expect(201);
    await owner.post(`/api/threads/${thread.id}/lock`, { locked: false }).expect(200);
    await owner.post(`/api/communities/${id}/members/${user.id}/mute`, { minutes: 30, reason: 'Insults' }).expect(200);
    const muted = await client.post(`/api/threads/${thread.id}/replies`, { body: 'Still here' }).expect(403);
    assert.equal(muted.body.error.code, 'muted');
  });

  it('runs the flag queue: report, queue, resolve with a note, reject, audit', async () => {
    const id = await community();
    const { client: author } = await joined(id);
    const { client: reporter } = await joined(id);
    const thread = (await author.post(`/api/communities/${id}/threads`, { title: 'Buy cheap', body: 'Spam link' }).expect(201)).body.data;
    const postId = thread.posts[0].id as string;
    const flag = await reporter.post('/api/flags', { subjectType: 'post', subjectId: postId, reason: 'spam', note: 'Advertising' }).expect(201);
    const again = await reporter.post('/api/flags', { subjectType: 'post', subjectId: postId, reason: 'spam' }).expect(409);
    assert.equal(again.body.error.code, 'already_flagged');
    const badReason = await reporter.post('/api/flags', { subjectType: 'post', subjectId: postId, reason: 'ugly' }).expect(400);
    assert.match(badReason.body.error.message, /flag reason/);
    await reporter.get(`/api/communities/${id}/flags`).expect(403);
    const queue = await owner.get(`/api/communities/${id}/flags`).expect(200);
    assert.equal(queue.body.data[0].id, flag.body.data.id);
    await owner.delete(`/api/posts/${postId}`).expect(204);
    const resolved = await owner.post(`/api/flags/${flag.body.data.id}/resolve`, { note: 'Removed the advert' }).expect(200);
    assert.equal(resolved.body.data.state, 'resolved');
    assert.equal(resolved.body.data.resolutionNote, 'Removed the advert');
    const twice = await owner.post(`/api/flags/${flag.body.data.id}/reject`, { note: 'Changed my mind' }).expect(409);
    assert.equal(twice.body.error.code, 'flag_closed');
    const open = await owner.get(`/api/communities/${id}/flags`).expect(200);
    assert.equal(open.body.page.total, 0);
    const closed = await owner.get(`/api/communities/${id}/flags?state=resolved`).expect(200);
    assert.equal(closed.body.page.total, 1);
    const audit = await owner.get(`/api/communities/${id}/audit`).expect(200);
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    assert.ok(actions.includes('flag.resolve') && actions.includes('post.delete'));
    await reporter.post('/api/flags', { subjectType: 'practice', subjectId: '0123456789abcdef01234567', reason: 'spam' }).expect(404);
  });

  it('limits posts per user per minute with 429 rate_limited (the post limit alone, writes in general unlimited)', async () => {
    const limited = await startTestApp({ RATE_LIMIT_POSTS_PER_MIN: '4' });
    try {
      const { client: organiser } = await clientWithRoles(limited, ['organiser']);
      const id = (await organiser.post('/api/communities', { name: 'Limits', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
      const { client } = await clientWithRoles(limited, ['member']);
      await client.post(`/api/communities/${id}/members/join`).expect(200);
      const thread = (await client.post(`/api/communities/${id}/threads`, { title: 'Many replies', body: 'One' }).expect(201)).body.data;
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await client.post(`/api/threads/${thread.id}/replies`, { body: `Reply ${i}` })).status);
      assert.deepEqual(statuses, [201, 201, 201, 429], 'the thread and three replies are the four posts allowed');
      await client.patch('/api/me', { displayName: 'Still writing elsewhere' }).expect(200);
      const refused = await client.post(`/api/threads/${thread.id}/replies`, { body: 'More' }).expect(429);
      assert.equal(refused.body.error.code, 'rate_limited');
      assert.ok(Number(refused.headers['retry-after']) > 0);
    } finally {
      await limited.close();
    }
  });
});
