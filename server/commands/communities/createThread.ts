// Starts a thread in a community with its opening post (members only; rate-limited; may wait in the first-post queue).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { createThreadSchema } from './schemas.js';
import type { Post } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import { authorize } from '../../policies/index.js';
import { limitPosts } from '../../security/rateLimiter.js';
import { parseInput } from '../../validation.js';
import { assertNotMuted } from './assertNotMuted.js';
import { loadCommunityContent } from './loadCommunity.js';
import { postIsQueued, writePost } from './writePost.js';
import { requireVerifiedEmail } from '../accounts/requireVerifiedEmail.js';

export async function createThread(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<{ thread: Thread; post: Post }> {
  const loaded = await loadCommunityContent(ctx, actor, communityId);
  authorize(actor, 'community.participate', loaded.access);
  requireVerifiedEmail(ctx, actor);
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createThreadSchema, input, 'thread');
  assertNotMuted(loaded.membership);
  limitPosts(ctx, actor.userId);
  const queued = postIsQueued(actor, loaded);
  const created = await ctx.models.Thread.create({
    communityId: loaded.community._id,
    title: data.title,
    authorId: new Types.ObjectId(actor.userId),
    state: queued ? 'queued' : 'visible',
    postCount: 0,
  });
  const post = await writePost(ctx, { ...actor, userId: actor.userId }, loaded, created, data.body, null, queued);
  const thread = await ctx.models.Thread.findById(created._id).lean<Thread>();
  return { thread: thread ?? created.toObject(), post };
}
