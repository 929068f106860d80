// Lifts a ban; the person may join again under the community's join policy.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { optionalReasonSchema } from './schemas.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadCommunity } from './loadCommunity.js';

export async function unbanMember(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown, input: unknown): Promise<void> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  const targetId = parseObjectId(userId, 'The ban');
  const data = parseInput(optionalReasonSchema, input ?? {}, 'unban');
  const removed = await ctx.models.Membership.deleteOne({ communityId: community._id, userId: new Types.ObjectId(targetId), state: 'banned' });
  if (removed.deletedCount !== 1) throw notFound('The ban');
  ctx.events.emit('membership.changed', { communityId: String(community._id), userId: targetId });
  await recordAudit(ctx, actor, { action: 'membership.unban', subjectType: 'user', subjectId: targetId, communityId: community._id, reason: data.reason });
}
