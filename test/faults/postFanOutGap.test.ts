// Fault test: a node saves a new thread and stops before it stores any notification fan-out (here a node that
// serves requests but never started its reactions, as one killed right after the write would leave it). Another
// node's sweep finds the post by its `fanOutDue` mark and fans it out: the follower hears of it exactly once, and
// running the post's fan-out again stores nothing twice.
import { strict as assert } from 'node:assert';
import { notifyOfPost } from '../../server/notifications/notificationReactions.js';
import { replayUnannouncedPosts } from '../../server/notifications/unannouncedPosts.js';
import type { Post } from '../../server/models/post.js';
import type { Thread } from '../../server/models/thread.js';
import { waitUntil } from '../search/searchTestKit.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

describe('a post saved by a node that stopped before its fan-out', function () {
  this.timeout(120_000);
  let stopped: TestApp;
  let sweeping: TestApp | undefined;

  before(async () => {
    stopped = await startTestApp();
  });
  after(async () => {
    await sweeping?.close();
    await stopped.close();
  });

  it('is fanned out by the sweep on another node, once', async () => {
    const owner = await clientWithRoles(stopped, ['member', 'organiser']);
    const place = (await owner.client.post('/api/communities', { name: `Gap ${Date.now()}`, language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id as string;
    const follower = await clientWithRoles(stopped, ['member']);
    await follower.client.post('/api/follows', { targetType: 'community', targetId: place }).expect(201);
    const poster = await clientWithRoles(stopped, ['member']);
    await poster.client.post(`/api/communities/${place}/members/join`).expect(200);
    const created = await poster.client.post(`/api/communities/${place}/threads`, { title: 'Left behind', body: 'Nobody was told yet' }).expect(201);
    const postId = created.body.data.posts[0].id as string;

    const { models } = stopped.ctx;
    const mine = { userId: follower.user.id, kind: 'newThread' as const };
    assert.ok((await models.Post.findById(postId).lean<Post>())?.fanOutDue, 'the post carries its fan-out mark');
    assert.equal(await models.FanOutJob.countDocuments(), 0, 'no fan-out was stored');
    assert.equal(await models.Notification.countDocuments(mine), 0);

    sweeping = await startTestApp({ FANOUT_RECOVERY_INTERVAL_MS: '100', FANOUT_LEASE_MS: '300' }, { sharing: stopped });
    await sweeping.listen();
    await waitUntil(async () => !(await models.Post.findById(postId).lean<Post>())?.fanOutDue, 'the sweep fanned the post out and removed its mark');
    const told = await models.Notification.find(mine).lean();
    assert.equal(told.length, 1, 'the follower hears of the thread');
    assert.equal(told[0]?.title, 'Left behind');

    assert.equal(await replayUnannouncedPosts(sweeping.ctx), 0, 'nothing is left to sweep');
    const post = await models.Post.findById(postId).lean<Post>();
    const thread = await models.Thread.findById(post?.threadId).lean<Thread>();
    assert.ok(post && thread);
    await notifyOfPost(sweeping.ctx, { post, thread });
    assert.equal(await models.Notification.countDocuments(mine), 1, 'a second run for the same post stores nothing twice');
  });
});
