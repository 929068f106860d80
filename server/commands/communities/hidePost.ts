// A moderator hides a post: it keeps its place in the thread without its text, leaves search, and can be shown again.
import type { Actor, AppContext } from '../../context.js';
import { optionalReasonSchema } from './schemas.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadPost } from './loadThread.js';
import { bumpRev } from '../../search/syncFields.js';

export async function hidePost(ctx: AppContext, actor: Actor, postId: unknown, input: unknown): Promise<void> {
  const { post, access, community } = await loadPost(ctx, actor, postId);
  authorize(actor, 'community.moderate', access);
  const data = parseInput(optionalReasonSchema, input ?? {}, 'hiding');
  const result = await ctx.models.Post.updateOne({ _id: post._id, state: 'visible' }, { $set: { state: 'hidden' }, ...bumpRev });
  if (result.modifiedCount !== 1) return;
  ctx.events.emit('search.pending');
  await recordAudit(ctx, actor, { action: 'post.hide', subjectType: 'post', subjectId: String(post._id), communityId: community._id, reason: data.reason });
}
