// Reports a post, a live message or a practice to moderators with a reason; a reporter flags the same thing once
// while the report is open.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound, unauthenticated } from '../../errors.js';
import { createFlagSchema } from './schemas.js';
import type { Flag, FlagSubjectType } from '../../models/flag.js';
import type { Message } from '../../models/message.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadVisiblePractice } from '../practices/loadPractice.js';
import { recordAudit } from '../recordAudit.js';
import { loadCommunity, loadCommunityContent } from './loadCommunity.js';
import { loadPost } from './loadThread.js';

interface FlaggedSubject {
  /** null for practices, which belong to no community. */
  communityId: Types.ObjectId | null;
  authorId: Types.ObjectId | null;
}

/** The community a flagged item belongs to and its author, or 404 if the reporter cannot see it. */
async function loadSubject(ctx: AppContext, actor: Actor, subjectType: FlagSubjectType, subjectId: string): Promise<FlaggedSubject> {
  if (subjectType === 'post') {
    const { community, post } = await loadPost(ctx, actor, subjectId);
    return { communityId: community._id, authorId: post.authorId };
  }
  if (subjectType === 'message') {
    const message = await ctx.models.Message.findById(subjectId).lean<Message>();
    if (!message || message.state === 'hole') throw notFound('The message');
    return { communityId: (await loadCommunityContent(ctx, actor, message.communityId, 'The message')).community._id, authorId: message.authorId };
  }
  await loadVisiblePractice(ctx, actor, subjectId);
  authorize(actor, 'flag.createSite');
  return { communityId: null, authorId: null };
}

export async function flagContent(ctx: AppContext, actor: Actor, input: unknown): Promise<Flag> {
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createFlagSchema, input, 'report');
  const { communityId, authorId } = await loadSubject(ctx, actor, data.subjectType, data.subjectId);
  if (communityId) {
    const { access } = await loadCommunity(ctx, actor, communityId);
    authorize(actor, 'flag.create', access);
  }
  const reporterId = new Types.ObjectId(actor.userId);
  const subjectId = new Types.ObjectId(data.subjectId);
  if (await ctx.models.Flag.exists({ subjectType: data.subjectType, subjectId, reporterId, state: 'open' })) {
    throw conflict('already_flagged', 'You have already reported this; moderators will look at it.');
  }
  const created = await ctx.models.Flag.create({ ...data, subjectId, communityId, reporterId, subjectAuthorId: authorId, state: 'open' });
  await recordAudit(ctx, actor, { action: 'flag.create', subjectType: data.subjectType, subjectId: data.subjectId, communityId: communityId ?? undefined, reason: data.reason });
  const flag = created.toObject();
  ctx.events.emit('flag.created', { flag });
  ctx.events.emit('review.changed', { communityId: communityId ? String(communityId) : null });
  return flag;
}
