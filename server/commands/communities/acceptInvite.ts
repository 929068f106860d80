// Accepts an invitation link: checks expiry and the use limit with one compare-and-set, then makes the user a member.
import type { Actor, AppContext } from '../../context.js';
import { AppError, unauthenticated } from '../../errors.js';
import type { Community } from '../../models/community.js';
import type { Invite } from '../../models/invite.js';
import type { Membership } from '../../models/membership.js';
import { can } from '../../policies/index.js';
import { digest } from '../../security/tokens.js';
import { activateMembership } from './activateMembership.js';
import { accessOf, findMembership } from './loadCommunity.js';

const invalid = (): AppError => new AppError(404, 'invite_invalid', 'This invitation link is not valid: it may have expired or been used up.');

export async function acceptInvite(ctx: AppContext, actor: Actor, token: unknown): Promise<{ community: Community; membership: Membership }> {
  if (!actor.userId) throw unauthenticated();
  if (typeof token !== 'string' || !/^[\w-]{10,100}$/.test(token)) throw invalid();
  const tokenDigest = digest(token);
  const invite = await ctx.models.Invite.findOne({ tokenDigest, expiresAt: { $gt: new Date() } }).lean<Invite>();
  const community = invite ? await ctx.models.Community.findById(invite.communityId).lean<Community>() : null;
  if (!invite || !community) throw invalid();
  const membership = await findMembership(ctx, community._id, actor.userId);
  if (!can(actor, 'community.join', accessOf(community, membership))) throw new AppError(403, 'banned', 'You have been banned from this community.');
  if (membership?.state === 'active') return { community, membership };
  const used = await ctx.models.Invite.updateOne(
    { _id: invite._id, expiresAt: { $gt: new Date() }, $expr: { $lt: ['$uses', '$maxUses'] } },
    { $inc: { uses: 1 } },
  );
  if (used.modifiedCount !== 1) throw invalid();
  return { community, membership: await activateMembership(ctx, community._id, actor.userId) };
}
