// Soft-deletes a post (its author, or a moderator): the text is kept for the record but no longer shown or indexed.
import type { Actor, AppContext } from '../../context.js';
import { optionalReasonSchema } from './schemas.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadPost } from './loadThread.js';
import { bumpRev } from '../../search/syncFields.js';

export async function deletePost(ctx: AppContext, actor: Actor, postId: unknown, input: unknown): Promise<void> {
  const { post, access, community } = await loadPost(ctx, actor, postId);
  authorize(actor, 'content.delete', { access, authorId: String(post.authorId) });
  const data = parseInput(optionalReasonSchema, input ?? {}, 'deletion');
  const now = new Date();
  const result = await ctx.models.Post.updateOne({ _id: post._id, state: { $ne: 'deleted' } }, { $set: { state: 'deleted', deletedAt: now }, ...bumpRev });
  if (result.modifiedCount !== 1) return;
  ctx.events.emit('search.pending');
  await recordAudit(ctx, actor, { action: 'post.delete', subjectType: 'post', subjectId: String(post._id), communityId: community._id, reason: data.reason });
}
