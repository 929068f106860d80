// Replies in a thread (optionally to one post of it); locked threads take replies from moderators only.
import type { Actor, AppContext } from '../../context.js';
import { AppError, notFound, unauthenticated } from '../../errors.js';
import { replySchema } from './schemas.js';
import type { Post } from '../../models/post.js';
import { authorize, can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { assertNotMuted } from './assertNotMuted.js';
import { loadThread } from './loadThread.js';
import { announcePost, postIsQueued, writePost } from './writePost.js';
import { requireVerifiedEmail } from '../accounts/requireVerifiedEmail.js';

export async function replyToPost(ctx: AppContext, actor: Actor, threadId: unknown, input: unknown): Promise<Post> {
  const loaded = await loadThread(ctx, actor, threadId);
  authorize(actor, 'community.participate', loaded.access);
  requireVerifiedEmail(ctx, actor);
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(replySchema, input, 'reply');
  if (loaded.thread.locked && !can(actor, 'community.moderate', loaded.access)) {
    throw new AppError(403, 'thread_locked', 'This thread is locked: no new replies.');
  }
  if (data.parentId && !(await ctx.models.Post.exists({ _id: data.parentId, threadId: loaded.thread._id }))) throw notFound('The post you reply to');
  assertNotMuted(loaded.membership);
  await ctx.rateLimits.consume('post', actor.userId);
  const post = await writePost(ctx, { ...actor, userId: actor.userId }, loaded, loaded.thread, data.body, data.parentId ?? null, postIsQueued(actor, loaded));
  await announcePost(ctx, post, loaded.thread);
  return post;
}
