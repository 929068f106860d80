// Edits a post (its author, or a moderator; not while muted) with optimistic concurrency on rev; the previous text is
// kept as a revision.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, unauthenticated } from '../../errors.js';
import { renderMarkdown } from '../../content/markdown.js';
import { findLinkedItems } from '../../content/linkedItems.js';
import { editPostSchema } from './schemas.js';
import type { Post } from '../../models/post.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { assertNotMuted } from './assertNotMuted.js';
import { loadPost } from './loadThread.js';
import { bumpRev } from '../../search/syncFields.js';

export async function editPost(ctx: AppContext, actor: Actor, postId: unknown, input: unknown): Promise<Post> {
  const { post, access, community, membership } = await loadPost(ctx, actor, postId);
  authorize(actor, 'content.edit', { access, authorId: String(post.authorId) });
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(editPostSchema, input, 'post');
  assertNotMuted(membership);
  if (post.state === 'deleted') throw conflict('post_deleted', 'This post was deleted and cannot be edited.');
  const now = new Date();
  const updated = await ctx.models.Post.findOneAndUpdate(
    { _id: post._id, rev: data.rev, state: { $ne: 'deleted' } },
    {
      $set: { body: data.body, bodyHtml: renderMarkdown(data.body), linkedItems: findLinkedItems(data.body, ctx.config.publicUrl), editedAt: now },
      $push: { revisions: { at: now, by: new Types.ObjectId(actor.userId), body: post.body } },
      ...bumpRev,
    },
    { returnDocument: 'after' },
  ).lean<Post>();
  if (!updated) {
    const current = await ctx.models.Post.findById(post._id, { rev: 1 }).lean();
    throw conflict('stale_revision', 'Someone changed this post meanwhile. Reload it and apply your edit again.', { currentRev: current?.rev ?? null });
  }
  ctx.events.emit('search.pending');
  if (String(post.authorId) !== actor.userId) {
    await recordAudit(ctx, actor, { action: 'post.edit', subjectType: 'post', subjectId: String(post._id), communityId: community._id });
  }
  return updated;
}
