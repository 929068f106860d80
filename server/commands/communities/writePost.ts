// Stores a new post (the opening post of a thread or a reply): rendered HTML, linked items, and the first-post queue
// for new members of communities that use it; marks search work.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { renderMarkdown } from '../../content/markdown.js';
import { findLinkedItems } from '../../content/linkedItems.js';
import type { Post } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import { can } from '../../policies/index.js';
import type { LoadedCommunity } from './loadCommunity.js';

/** Whether the actor's next post waits in the community's first-post queue. */
export function postIsQueued(actor: Actor, loaded: LoadedCommunity): boolean {
  return loaded.community.firstPostQueue && (loaded.membership?.postCount ?? 0) === 0 && !can(actor, 'community.moderate', loaded.access);
}

export async function writePost(
  ctx: AppContext,
  actor: Actor & { userId: string },
  loaded: LoadedCommunity,
  thread: Pick<Thread, '_id'>,
  body: string,
  parentId: string | null,
  queued: boolean,
): Promise<Post> {
  const created = await ctx.models.Post.create({
    communityId: loaded.community._id,
    threadId: thread._id,
    parentId: parentId ? new Types.ObjectId(parentId) : null,
    authorId: new Types.ObjectId(actor.userId),
    body,
    bodyHtml: renderMarkdown(body),
    linkedItems: findLinkedItems(body, ctx.config.publicUrl),
    state: queued ? 'queued' : 'visible',
  });
  if (!queued) await countVisiblePost(ctx, created.toObject());
  ctx.events.emit('search.pending');
  return created.toObject();
}

/** Bookkeeping when a post becomes visible: the thread's count and time, the author's post count. */
export async function countVisiblePost(ctx: AppContext, post: Post): Promise<void> {
  await ctx.models.Thread.updateOne({ _id: post.threadId }, { $inc: { postCount: 1 }, $max: { lastPostAt: post.createdAt } });
  await ctx.models.Membership.updateOne({ communityId: post.communityId, userId: post.authorId }, { $inc: { postCount: 1 } });
}
