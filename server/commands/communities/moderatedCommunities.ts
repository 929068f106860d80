// The communities a person moderates or owns: the moderation dashboard lists them, the navigation asks whether any.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Community } from '../../models/community.js';

const moderatingMemberships = (userId: string) => ({ userId: new Types.ObjectId(userId), role: { $in: ['moderator', 'owner'] as const }, state: 'active' as const });

export async function moderatesAnyCommunity(ctx: AppContext, userId: string): Promise<boolean> {
  return (await ctx.models.Membership.exists(moderatingMemberships(userId))) !== null;
}

export async function moderatedCommunities(ctx: AppContext, userId: string): Promise<Community[]> {
  const memberships = await ctx.models.Membership.find(moderatingMemberships(userId), { communityId: 1 }).lean();
  return ctx.models.Community.find({ _id: { $in: memberships.map((m) => m.communityId) } }).sort({ name: 1 }).lean<Community[]>();
}
