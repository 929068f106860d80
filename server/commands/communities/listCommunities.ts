// Lists communities by name, a page at a time, with the reader's memberships.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { pageQuerySchema, type PageQuery } from './schemas.js';
import type { Community } from '../../models/community.js';
import type { Membership } from '../../models/membership.js';
import { parseInput } from '../../validation.js';

export interface CommunityPage {
  items: { community: Community; membership: Membership | null }[];
  page: PageQuery & { total: number };
}

export async function listCommunities(ctx: AppContext, actor: Actor, query: unknown): Promise<CommunityPage> {
  const page = parseInput(pageQuerySchema, query, 'query');
  const [communities, total] = await Promise.all([
    ctx.models.Community.find().sort({ name: 1 }).skip(page.offset).limit(page.limit).lean<Community[]>(),
    ctx.models.Community.countDocuments(),
  ]);
  const memberships = actor.userId
    ? await ctx.models.Membership.find({ userId: new Types.ObjectId(actor.userId), communityId: { $in: communities.map((c) => c._id) } }).lean<Membership[]>()
    : [];
  const byCommunity = new Map(memberships.map((m) => [String(m.communityId), m]));
  return { items: communities.map((community) => ({ community, membership: byCommunity.get(String(community._id)) ?? null })), page: { ...page, total } };
}
