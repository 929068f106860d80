// A moderator turns down a pending request to join (the person may ask again later).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { optionalReasonSchema } from './schemas.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadCommunity } from './loadCommunity.js';

export async function rejectJoinRequest(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown, input: unknown): Promise<void> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  const targetId = parseObjectId(userId, 'The join request');
  const data = parseInput(optionalReasonSchema, input ?? {}, 'rejection');
  const removed = await ctx.models.Membership.deleteOne({ communityId: community._id, userId: new Types.ObjectId(targetId), state: 'pending' });
  if (removed.deletedCount !== 1) throw notFound('The join request');
  ctx.events.emit('membership.changed', { communityId: String(community._id), userId: targetId });
  await recordAudit(ctx, actor, { action: 'membership.reject', subjectType: 'user', subjectId: targetId, communityId: community._id, reason: data.reason });
}
