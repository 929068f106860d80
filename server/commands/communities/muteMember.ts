// Mutes a member for a number of minutes (0 lifts the mute): they can read but not post or send messages.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { muteMemberSchema } from './schemas.js';
import type { Membership } from '../../models/membership.js';
import { authorize } from '../../policies/index.js';
import { userChannel } from '../../realtime/channels.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { findMembership, loadCommunity } from './loadCommunity.js';

export async function muteMember(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown, input: unknown): Promise<Membership> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  const targetId = parseObjectId(userId, 'The member');
  const target = await findMembership(ctx, community._id, targetId);
  if (target?.state !== 'active') throw notFound('The member');
  authorize(actor, 'community.sanction', { access, targetUserId: targetId, targetRole: target.role });
  const { minutes, reason } = parseInput(muteMemberSchema, input, 'mute');
  const mutedUntil = minutes === 0 ? null : new Date(Date.now() + minutes * 60_000);
  const updated = await ctx.models.Membership.findOneAndUpdate(
    { _id: target._id, state: 'active' },
    { $set: { mutedUntil, mutedReason: mutedUntil ? reason : null } },
    { returnDocument: 'after' },
  ).lean<Membership>();
  if (!updated) throw notFound('The member');
  ctx.events.emit('membership.changed', { communityId: String(community._id), userId: targetId });
  await recordAudit(ctx, actor, {
    action: mutedUntil ? 'membership.mute' : 'membership.unmute',
    subjectType: 'user',
    subjectId: targetId,
    communityId: community._id,
    reason,
    data: { minutes },
  });
  ctx.events.emit('realtime.broadcast', {
    room: userChannel(targetId),
    event: 'community:muted',
    payload: { communityId: String(community._id), mutedUntil: mutedUntil?.toISOString() ?? null, reason: mutedUntil ? reason : null },
  });
  return updated;
}
