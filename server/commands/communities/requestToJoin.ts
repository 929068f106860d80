// Asks to join a community whose join policy is "request"; a moderator then approves or rejects it.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError, conflict, forbidden, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import type { Membership } from '../../models/membership.js';
import { can } from '../../policies/index.js';
import { findMembership, loadCommunity } from './loadCommunity.js';

export async function requestToJoin(ctx: AppContext, actor: Actor, communityId: unknown): Promise<Membership> {
  const { community, membership, access } = await loadCommunity(ctx, actor, communityId);
  if (!actor.userId) throw unauthenticated();
  if (!can(actor, 'community.join', access)) {
    throw membership?.state === 'banned' ? new AppError(403, 'banned', 'You have been banned from this community.') : forbidden();
  }
  if (membership?.state === 'active') throw conflict('already_member', 'You are already a member of this community.');
  if (membership?.state === 'pending') return membership;
  if (community.joinPolicy === 'open') throw conflict('join_open', 'This community is open: join it directly.');
  if (community.joinPolicy === 'invite') throw new AppError(403, 'invite_only', 'This community accepts members only by invitation.');
  try {
    const created = (await ctx.models.Membership.create({ communityId: community._id, userId: new Types.ObjectId(actor.userId), role: 'member', state: 'pending' })).toObject();
    ctx.events.emit('membership.changed', { communityId: String(community._id), userId: actor.userId });
    ctx.events.emit('membership.requested', { membership: created });
    return created;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await findMembership(ctx, community._id, actor.userId);
    if (existing?.state === 'pending') return existing;
    throw conflict('already_member', 'You are already a member of this community.');
  }
}
