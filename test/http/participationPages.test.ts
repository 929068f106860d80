// Taking part in communities from the pages without JavaScript: join, start a thread, reply, edit (with a stale
// edit shown as a conflict), report into the moderators' queue, delete, lock, request and invitations; members-only
// content stays hidden; CSRF and bad input write nothing.
import { strict as assert } from 'node:assert';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import { createInvite } from '../../server/commands/communities/createInvite.js';
import { createThread } from '../../server/commands/communities/createThread.js';
import { createRoom } from '../../server/commands/rooms/createRoom.js';
import type { Community } from '../../server/models/community.js';
import type { Practice } from '../../server/models/practice.js';
import type { Resource } from '../../server/models/resource.js';
import { contentActors, linkResource, practiceInput, publishedPractice, type ContentActors } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

const formPost = (client: TestClient, path: string, fields: Record<string, string>) =>
  client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

const match = (text: string, pattern: RegExp): string => {
  const found = pattern.exec(text)?.[1];
  assert.ok(found, `no match for ${String(pattern)}`);
  return found;
};

describe('participation pages', () => {
  let t: TestApp;
  let actors: ContentActors;
  let open: Community;
  let closed: Community;
  let closedThreadId: string;
  let practice: Practice;
  let draftResource: Resource;

  before(async () => {
    t = await startTestApp();
    actors = await contentActors(t.ctx);
    open = await createCommunity(t.ctx, actors.organiser, { name: 'Open exchange', language: 'en', visibility: 'public', joinPolicy: 'open' });
    closed = await createCommunity(t.ctx, actors.organiser, { name: 'Closed circle', language: 'en', visibility: 'members-only', joinPolicy: 'request' });
    closedThreadId = String((await createThread(t.ctx, actors.organiser, String(closed._id), { title: 'Budget numbers', body: 'Confidential figures.' })).thread._id);
    await createRoom(t.ctx, actors.organiser, String(open._id), { name: 'Monthly exchange', kind: 'scheduled', scheduledAt: '2030-05-01T15:00:00Z' });
    practice = await publishedPractice(t.ctx, actors, practiceInput('Digitalni mentorji'));
    draftResource = await linkResource(t.ctx, actors, 'Unfinished handbook', {}, false);
  });
  after(async () => t.close());

  const threadCount = (community: Community) => t.ctx.models.Thread.countDocuments({ communityId: community._id });
  /** A client signed in as the organiser, who owns (and so moderates) both communities. */
  const organiserClient = async (): Promise<TestClient> => {
    const client = await t.client().init();
    await client.signIn((await t.ctx.models.User.findById(actors.organiser.userId).lean())?.email ?? '', 'correct horse battery');
    return client;
  };

  it('joins, starts a thread with link cards, replies, edits, shows a stale edit as a conflict and reports into the queue', async () => {
    const { client: member } = await clientWithRoles(t, ['member'], 'Maja Kranjc');
    const base = `/communities/${open.slug}`;
    const before = await member.get(base).expect(200);
    assert.match(before.text, new RegExp(`action="${base}/join"`));
    assert.doesNotMatch(before.text, new RegExp(`action="${base}/threads"`));
    assert.match(before.text, /Monthly exchange/);
    assert.match(before.text, /scheduled for/);

    assert.equal((await formPost(member, `${base}/join`, {}).expect(303)).headers.location, `${base}?done=joined`);
    const joined = await member.get(`${base}?done=joined`).expect(200);
    assert.match(joined.text, /You are now a member/);
    assert.match(joined.text, new RegExp(`action="${base}/leave"`));
    assert.match(joined.text, new RegExp(`action="${base}/threads"`));

    const body = `Have a look at /practices/${practice.slug} and /resources/${draftResource.slug}.`;
    const created = await formPost(member, `${base}/threads`, { title: 'Mentoring in small schools', body }).expect(303);
    const threadId = match(created.headers.location ?? '', /^\/threads\/([0-9a-f]{24})\?done=created$/);
    const thread = await member.get(`/threads/${threadId}`).expect(200);
    // The English text is an unreviewed machine translation, so readers see the original title.
    assert.match(thread.text, new RegExp(`<a href="/practices/${practice.slug}">Digitalni mentorji</a>`));
    assert.doesNotMatch(thread.text, /Unfinished handbook/);
    const postId = match(thread.text, /id="post-([0-9a-f]{24})"/);
    assert.match(thread.text, new RegExp(`href="/posts/${postId}/edit"`));
    assert.doesNotMatch(thread.text, new RegExp(`href="/posts/${postId}/flag"`));

    const { client: other } = await clientWithRoles(t, ['member'], 'Jan Kowalski');
    await formPost(other, `${base}/join`, {}).expect(303);
    const replyPage = await other.get(`/threads/${threadId}/reply?to=${postId}`).expect(200);
    assert.match(replyPage.text, new RegExp(`name="parentId" value="${postId}"`));
    assert.match(replyPage.text, /In reply to Maja Kranjc/);
    const replied = await formPost(other, `/threads/${threadId}/replies`, { body: 'We tried this too.', parentId: postId }).expect(303);
    assert.match(replied.headers.location ?? '', new RegExp(`^/threads/${threadId}\\?done=replied#post-[0-9a-f]{24}$`));
    const reply = await t.ctx.models.Post.findOne({ threadId, parentId: postId }).lean();
    assert.equal(reply?.body, 'We tried this too.');

    const editPage = await member.get(`/posts/${postId}/edit`).expect(200);
    const rev = match(editPage.text, /name="rev" value="(\d+)"/);
    await formPost(member, `/posts/${postId}/edit`, { body: 'Updated text.', rev }).expect(303);
    const stale = await formPost(member, `/posts/${postId}/edit`, { body: 'My stale edit.', rev }).expect(409);
    assert.match(stale.text, /Someone changed this post after you opened it/);
    assert.match(stale.text, /<p>Updated text\.<\/p>/);
    assert.match(stale.text, /My stale edit\./);
    assert.equal((await t.ctx.models.Post.findById(postId).lean())?.body, 'Updated text.');
    assert.match((await member.get(`/threads/${threadId}`).expect(200)).text, /edited /);

    const flagPage = await other.get(`/posts/${postId}/flag`).expect(200);
    assert.match(flagPage.text, /<select id="fl-reason" name="reason"/);
    assert.match((await formPost(other, `/posts/${postId}/flag`, { reason: 'spam', note: 'Looks like an advert' }).expect(303)).headers.location ?? '', /done=flagged/);
    const again = await formPost(other, `/posts/${postId}/flag`, { reason: 'spam' }).expect(409);
    assert.match(again.text, /You have already reported this post/);

    const moderator = await organiserClient();
    const queue = await moderator.get(`/api/communities/${String(open._id)}/flags`).expect(200);
    const flags = (queue.body as { data: { subjectId: string; reason: string; note: string }[] }).data;
    assert.deepEqual(flags.map((f) => [f.subjectId, f.reason, f.note]), [[postId, 'spam', 'Looks like an advert']]);
  });

  it('hides a members-only community\'s forms and content from non-members, takes a join request and accepts an invitation', async () => {
    const { client: outsider } = await clientWithRoles(t, ['member']);
    const base = `/communities/${closed.slug}`;
    const page = await outsider.get(base).expect(200);
    assert.doesNotMatch(page.text, /Budget numbers/);
    assert.doesNotMatch(page.text, new RegExp(`action="${base}/threads"`));
    assert.doesNotMatch(page.text, /Live rooms/);
    assert.match(page.text, new RegExp(`action="${base}/request"`));
    const postId = String((await t.ctx.models.Post.findOne({ threadId: closedThreadId }).lean())?._id);
    for (const path of [`/threads/${closedThreadId}`, `/threads/${closedThreadId}/reply`, `/posts/${postId}/edit`, `/posts/${postId}/flag`, `${base}/threads/new`]) {
      const response = await outsider.get(path).expect(404);
      assert.doesNotMatch(response.text, /Confidential/, path);
    }
    const threads = await threadCount(closed);
    await formPost(outsider, `${base}/threads`, { title: 'Sneaking in', body: 'Hello' }).expect(404);
    await formPost(outsider, `/threads/${closedThreadId}/replies`, { body: 'Hello' }).expect(404);
    await formPost(outsider, `/posts/${postId}/flag`, { reason: 'spam' }).expect(404);
    assert.equal(await threadCount(closed), threads);
    assert.equal(await t.ctx.models.Post.countDocuments({ threadId: closedThreadId }), 1);

    await formPost(outsider, `${base}/request`, {}).expect(303);
    assert.match((await outsider.get(base).expect(200)).text, /Your request to join is waiting for a moderator/);

    const { token } = await createInvite(t.ctx, actors.organiser, String(closed._id), {});
    const visitor = await t.client().init();
    assert.match((await visitor.get(`/invites/${token}`).expect(200)).text, new RegExp(`href="/sign-in\\?next=%2Finvites%2F${token}"`));
    const { client: invited } = await clientWithRoles(t, ['member']);
    assert.match((await invited.get(`/invites/${token}`).expect(200)).text, new RegExp(`action="/invites/${token}"`));
    assert.equal((await formPost(invited, `/invites/${token}`, {}).expect(303)).headers.location, `${base}?done=joined`);
    const inside = await invited.get(base).expect(200);
    assert.match(inside.text, /Budget numbers/);
    assert.match(inside.text, new RegExp(`action="${base}/threads"`));
    const invalid = await formPost(invited, '/invites/not-a-real-token-at-all', {}).expect(404);
    assert.match(invalid.text, /This invitation link is not valid/);
  });

  it('refuses a form without the CSRF token and shows bad input next to its field, writing nothing', async () => {
    const { client: member } = await clientWithRoles(t, ['member']);
    const base = `/communities/${open.slug}`;
    await formPost(member, `${base}/join`, {}).expect(303);
    const threads = await threadCount(open);
    await member.agent.post(`${base}/threads`).type('form').send({ title: 'No token here', body: 'Hello' }).expect(403);
    const bad = await formPost(member, `${base}/threads`, { title: 'x', body: '' }).expect(400);
    assert.match(bad.text, /id="nt-title-error"/);
    assert.match(bad.text, /id="nt-body-error"/);
    assert.match(bad.text, /aria-invalid="true"/);
    assert.match(bad.text, /value="x"/);
    assert.match(bad.text, /class="error-summary" role="alert"/);
    assert.equal(await threadCount(open), threads);

    const { thread, post } = await createThread(t.ctx, actors.organiser, String(open._id), { title: 'Report me', body: 'Something' });
    const flags = await t.ctx.models.Flag.countDocuments({});
    const noReason = await formPost(member, `/posts/${String(post._id)}/flag`, { reason: 'not-a-reason', note: 'x' }).expect(400);
    assert.match(noReason.text, /id="fl-reason-error"/);
    assert.equal(await t.ctx.models.Flag.countDocuments({}), flags);
    const emptyReply = await formPost(member, `/threads/${String(thread._id)}/replies`, { body: '   ' }).expect(400);
    assert.match(emptyReply.text, /id="rp-body-error"/);
    assert.equal(await t.ctx.models.Post.countDocuments({ threadId: thread._id }), 1);
  });

  it('lets a moderator close a thread, a member delete their own post, and a member leave', async () => {
    const { client: member, user } = await clientWithRoles(t, ['member']);
    const base = `/communities/${open.slug}`;
    await formPost(member, `${base}/join`, {}).expect(303);
    const created = await formPost(member, `${base}/threads`, { title: 'Short-lived thread', body: 'Delete me later.' }).expect(303);
    const threadId = match(created.headers.location ?? '', /^\/threads\/([0-9a-f]{24})/);
    const postId = String((await t.ctx.models.Post.findOne({ threadId, authorId: user.id }).lean())?._id);

    const confirm = await member.get(`/posts/${postId}/delete`).expect(200);
    assert.match(confirm.text, new RegExp(`action="/posts/${postId}/delete"`));
    await formPost(member, `/posts/${postId}/delete`, {}).expect(303);
    assert.equal((await t.ctx.models.Post.findById(postId).lean())?.state, 'deleted');
    assert.match((await member.get(`/threads/${threadId}`).expect(200)).text, /This post was removed\./);

    const moderator = await organiserClient();
    const moderated = await moderator.get(`/threads/${threadId}`).expect(200);
    assert.match(moderated.text, new RegExp(`action="/threads/${threadId}/lock"`));
    await formPost(moderator, `/threads/${threadId}/lock`, { locked: 'true', reason: 'Done' }).expect(303);
    const locked = await member.get(`/threads/${threadId}`).expect(200);
    assert.doesNotMatch(locked.text, new RegExp(`action="/threads/${threadId}/replies"`));
    assert.doesNotMatch(locked.text, new RegExp(`action="/threads/${threadId}/lock"`));
    const refused = await formPost(member, `/threads/${threadId}/replies`, { body: 'Too late' }).expect(403);
    assert.match(refused.text, /This discussion is closed/);

    assert.equal((await formPost(member, `${base}/leave`, {}).expect(303)).headers.location, `${base}?done=left`);
    const left = await member.get(base).expect(200);
    assert.match(left.text, new RegExp(`action="${base}/join"`));
    assert.doesNotMatch(left.text, new RegExp(`action="${base}/threads"`));
  });
});
