// Stores a new post (the opening post of a thread or a reply) with its rendered HTML and linked items, and announces it
// (counts and search work) once it belongs to a thread; the first-post queue for new members of communities that use it.
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

/** Stores a post document; the caller announces it (announcePost) once its thread exists. */
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
    ...(queued ? {} : { fanOutDue: new Date() }),
  });
  return created.toObject();
}

/** Counts a stored post when it is visible, marks search work and announces it (`post.created`) to whoever follows. */
export async function announcePost(ctx: AppContext, post: Post, thread: Thread): Promise<void> {
  if (post.state === 'visible') {
    await countVisiblePost(ctx, post);
    ctx.events.emit('post.created', { post, thread });
  }
  ctx.events.emit('search.pending');
}

/** Bookkeeping when a post becomes visible: the thread's count and time, the author's post count. */
export async function countVisiblePost(ctx: AppContext, post: Post): Promise<void> {
  await ctx.models.Thread.updateOne({ _id: post.threadId }, { $inc: { postCount: 1 }, $max: { lastPostAt: post.createdAt } });
  await ctx.models.Membership.updateOne({ communityId: post.communityId, userId: post.authorId }, { $inc: { postCount: 1 } });
}
