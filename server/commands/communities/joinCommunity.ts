// Joins an open community at once; request and invitation communities answer with what to do instead.
import type { Actor, AppContext } from '../../context.js';
import { AppError, conflict, forbidden, unauthenticated } from '../../errors.js';
import type { Membership } from '../../models/membership.js';
import { can } from '../../policies/index.js';
import { activateMembership } from './activateMembership.js';
import { loadCommunity } from './loadCommunity.js';

export async function joinCommunity(ctx: AppContext, actor: Actor, communityId: unknown): Promise<Membership> {
  const { community, membership, access } = await loadCommunity(ctx, actor, communityId);
  if (!actor.userId) throw unauthenticated();
  if (!can(actor, 'community.join', access)) {
    throw membership?.state === 'banned' ? new AppError(403, 'banned', 'You have been banned from this community.') : forbidden();
  }
  if (membership?.state === 'active') return membership;
  if (community.joinPolicy === 'request') throw conflict('join_by_request', 'This community accepts members by request: send a request to join.');
  if (community.joinPolicy === 'invite') throw new AppError(403, 'invite_only', 'This community accepts members only by invitation.');
  return activateMembership(ctx, community._id, actor.userId);
}
