// Starts a thread in a community with its opening post (members only; rate-limited; may wait in the first-post queue).
// Without transactions (ARCHITECTURE §3) the opening post is stored first under the thread's new id and removed again
// if the thread cannot be written, so a failure leaves neither, and no reader ever sees a thread without its post.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { createThreadSchema } from './schemas.js';
import type { Post } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { assertNotMuted } from './assertNotMuted.js';
import { loadCommunityContent } from './loadCommunity.js';
import { announcePost, postIsQueued, writePost } from './writePost.js';
import { requireVerifiedEmail } from '../accounts/requireVerifiedEmail.js';

export async function createThread(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<{ thread: Thread; post: Post }> {
  const loaded = await loadCommunityContent(ctx, actor, communityId);
  authorize(actor, 'community.participate', loaded.access);
  requireVerifiedEmail(ctx, actor);
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createThreadSchema, input, 'thread');
  assertNotMuted(loaded.membership);
  await ctx.rateLimits.consume('post', actor.userId);
  const queued = postIsQueued(actor, loaded);
  const threadId = new Types.ObjectId();
  const post = await writePost(ctx, { ...actor, userId: actor.userId }, loaded, { _id: threadId }, data.body, null, queued);
  let created;
  try {
    created = await ctx.models.Thread.create({
      _id: threadId,
      communityId: loaded.community._id,
      title: data.title,
      authorId: new Types.ObjectId(actor.userId),
      state: queued ? 'queued' : 'visible',
      lastPostAt: post.createdAt,
      postCount: 0,
    });
  } catch (error) {
    await ctx.models.Post.deleteOne({ _id: post._id });
    throw error;
  }
  const thread = (await ctx.models.Thread.findById(threadId).lean<Thread>()) ?? created.toObject();
  await announcePost(ctx, post, thread);
  return { thread, post };
}
