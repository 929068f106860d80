// Loads a thread or a post together with its community access; what the reader may not see is a 404. Queued
// (not yet approved) content is visible to its author and the community's moderators only.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Post } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import { can } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { loadCommunityContent, type LoadedCommunity } from './loadCommunity.js';

export async function loadThread(ctx: AppContext, actor: Actor, threadId: unknown): Promise<LoadedCommunity & { thread: Thread }> {
  const id = parseObjectId(threadId instanceof Types.ObjectId ? String(threadId) : threadId, 'The thread');
  const thread = await ctx.models.Thread.findById(id).lean<Thread>();
  if (!thread || thread.state === 'deleted') throw notFound('The thread');
  const loaded = await loadCommunityContent(ctx, actor, thread.communityId, 'The thread');
  if (thread.state === 'queued' && !can(actor, 'content.viewQueued', { access: loaded.access, authorId: String(thread.authorId) })) throw notFound('The thread');
  return { ...loaded, thread };
}

export async function loadPost(ctx: AppContext, actor: Actor, postId: unknown): Promise<LoadedCommunity & { thread: Thread; post: Post }> {
  const id = parseObjectId(postId, 'The post');
  const post = await ctx.models.Post.findById(id).lean<Post>();
  if (!post) throw notFound('The post');
  const loaded = await loadThread(ctx, actor, post.threadId);
  if (post.state === 'queued' && !can(actor, 'content.viewQueued', { access: loaded.access, authorId: String(post.authorId) })) throw notFound('The post');
  return { ...loaded, post };
}

/** The part of a query filter that adds queued items the reader may see: all for moderators, their own otherwise. */
export function visibleQueuedFilter(actor: Actor, loaded: Pick<LoadedCommunity, 'access'>): { state: 'queued'; authorId?: Types.ObjectId }[] {
  if (can(actor, 'community.moderate', loaded.access)) return [{ state: 'queued' }];
  return actor.userId ? [{ state: 'queued', authorId: new Types.ObjectId(actor.userId) }] : [];
}
