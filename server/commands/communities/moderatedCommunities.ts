// The communities a person moderates or owns, as the policy decides from their memberships: the moderation dashboard
// lists them, the navigation asks whether there is any.
import type { AppContext, Actor } from '../../context.js';
import type { Community } from '../../models/community.js';
import { can } from '../../policies/index.js';

async function moderatedCommunityIds(ctx: AppContext, actor: Actor): Promise<string[]> {
  if (actor.userId === null) return [];
  const memberships = await ctx.models.Membership.find({ userId: actor.userId }, { communityId: 1, role: 1, state: 1 }).lean();
  return memberships.filter((membership) => can(actor, 'moderation.listCommunity', { membership })).map((membership) => String(membership.communityId));
}

export async function moderatesAnyCommunity(ctx: AppContext, actor: Actor): Promise<boolean> {
  return (await moderatedCommunityIds(ctx, actor)).length > 0;
}

export async function moderatedCommunities(ctx: AppContext, actor: Actor): Promise<Community[]> {
  const ids = await moderatedCommunityIds(ctx, actor);
  if (ids.length === 0) return [];
  return ctx.models.Community.find({ _id: { $in: ids } }).sort({ name: 1 }).lean<Community[]>();
}
