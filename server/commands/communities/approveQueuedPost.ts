// A moderator releases a post (and, for an opening post, its thread) from the first-post queue.
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { Post } from '../../models/post.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../recordAudit.js';
import { loadPost } from './loadThread.js';
import { countVisiblePost } from './writePost.js';
import { bumpRev } from '../../search/syncFields.js';

export async function approveQueuedPost(ctx: AppContext, actor: Actor, postId: unknown): Promise<Post> {
  const { post, thread, access, community } = await loadPost(ctx, actor, postId);
  authorize(actor, 'community.moderate', access);
  // The thread first: the search worker indexes the post only while its thread is visible.
  if (thread.state === 'queued') await ctx.models.Thread.updateOne({ _id: thread._id, state: 'queued' }, { $set: { state: 'visible' } });
  const approved = await ctx.models.Post.findOneAndUpdate({ _id: post._id, state: 'queued' }, { $set: { state: 'visible', fanOutDue: new Date() }, ...bumpRev }, { returnDocument: 'after' }).lean<Post>();
  if (!approved) throw conflict('not_queued', 'This post is not waiting for approval.');
  await countVisiblePost(ctx, approved);
  ctx.events.emit('search.pending');
  ctx.events.emit('post.created', { post: approved, thread: { ...thread, state: 'visible' } });
  await recordAudit(ctx, actor, { action: 'post.approve', subjectType: 'post', subjectId: String(post._id), communityId: community._id });
  return approved;
}
