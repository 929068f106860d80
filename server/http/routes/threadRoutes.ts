// Threads and posts: /api/communities/:id/threads, /api/threads/:id (with posts, reply, lock) and /api/posts/:id
// (edit, delete, revisions, approve from the first-post queue).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { approveQueuedPost } from '../../commands/communities/approveQueuedPost.js';
import { createThread } from '../../commands/communities/createThread.js';
import { deletePost } from '../../commands/communities/deletePost.js';
import { editPost } from '../../commands/communities/editPost.js';
import { getThread } from '../../commands/communities/getThread.js';
import { listPostRevisions } from '../../commands/communities/listPostRevisions.js';
import { listThreads } from '../../commands/communities/listThreads.js';
import { lockThread } from '../../commands/communities/lockThread.js';
import { replyToPost } from '../../commands/communities/replyToPost.js';
import { recordThreadRead, unreadPosts } from '../../commands/communities/threadReads.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentPost, presentRevisions, presentThread } from '../../presenters/threadPresenter.js';

export function threadRoutes(ctx: AppContext): Router {
  const router = Router();
  const names = (ids: Parameters<typeof loadDisplayNames>[1]) => loadDisplayNames(ctx, ids);

  router.get('/communities/:id/threads', async (req, res) => {
    const { items, page } = await listThreads(ctx, req.actor, req.params.id, req.query);
    const [people, unread] = await Promise.all([names(items.map((t) => t.authorId)), unreadPosts(ctx, req.actor, items)]);
    res.json({ data: items.map((t) => ({ ...presentThread(t, people), unreadPosts: unread.get(String(t._id)) ?? null })), page });
  });
  router.post('/communities/:id/threads', async (req, res) => {
    const { thread, post } = await createThread(ctx, req.actor, req.params.id, req.body);
    const people = await names([thread.authorId]);
    res.status(201).json({ data: { ...presentThread(thread, people), posts: [presentPost(post, people)] } });
  });
  router.get('/threads/:id', async (req, res) => {
    const { thread, posts, page } = await getThread(ctx, req.actor, req.params.id, req.query);
    const people = await names([thread.authorId, ...posts.map((p) => p.authorId)]);
    res.json({ data: { ...presentThread(thread, people), posts: posts.map((p) => presentPost(p, people)) }, page });
  });
  router.post('/threads/:id/replies', async (req, res) => {
    const post = await replyToPost(ctx, req.actor, req.params.id, req.body);
    res.status(201).json({ data: presentPost(post, await names([post.authorId])) });
  });
  router.post('/threads/:id/read', async (req, res) => {
    res.json({ data: { position: await recordThreadRead(ctx, req.actor, req.params.id, req.body) } });
  });
  router.post('/threads/:id/lock', async (req, res) => {
    const thread = await lockThread(ctx, req.actor, req.params.id, req.body);
    res.json({ data: presentThread(thread, await names([thread.authorId])) });
  });

  router.patch('/posts/:id', async (req, res) => {
    const post = await editPost(ctx, req.actor, req.params.id, req.body);
    res.json({ data: presentPost(post, await names([post.authorId])) });
  });
  router.delete('/posts/:id', async (req, res) => {
    await deletePost(ctx, req.actor, req.params.id, req.body);
    res.status(204).end();
  });
  router.get('/posts/:id/revisions', async (req, res) => {
    const post = await listPostRevisions(ctx, req.actor, req.params.id);
    res.json({ data: presentRevisions(post, await names(post.revisions.map((r) => r.by))) });
  });
  router.post('/posts/:id/approve', async (req, res) => {
    const post = await approveQueuedPost(ctx, req.actor, req.params.id);
    res.json({ data: presentPost(post, await names([post.authorId])) });
  });

  return router;
}
