// Bans a person from a community (members, or anyone pre-emptively): they lose membership, cannot rejoin, and are
// removed from the community's live rooms.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { banMemberSchema } from './schemas.js';
import type { Membership } from '../../models/membership.js';
import { authorize } from '../../policies/index.js';
import { userChannel } from '../../realtime/channels.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { findMembership, loadCommunity } from './loadCommunity.js';

export async function banMember(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown, input: unknown): Promise<void> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  const targetId = parseObjectId(userId, 'The member');
  const target = await findMembership(ctx, community._id, targetId);
  authorize(actor, 'community.sanction', { access, targetUserId: targetId, targetRole: target?.state === 'active' ? target.role : null });
  const { reason } = parseInput(banMemberSchema, input, 'ban');
  const before = await ctx.models.Membership.findOneAndUpdate(
    { communityId: community._id, userId: new Types.ObjectId(targetId) },
    { $set: { state: 'banned', role: 'member', banReason: reason } },
    { upsert: true, returnDocument: 'before' },
  ).lean<Membership>();
  ctx.events.emit('membership.changed', { communityId: String(community._id), userId: targetId });
  if (before?.state === 'active') await ctx.models.Community.updateOne({ _id: community._id }, { $inc: { memberCount: -1 } });
  await recordAudit(ctx, actor, { action: 'membership.ban', subjectType: 'user', subjectId: targetId, communityId: community._id, reason });
  ctx.events.emit('realtime.broadcast', { room: userChannel(targetId), event: 'community:removed', payload: { communityId: String(community._id), reason: 'banned' } });
}
