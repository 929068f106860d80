// Lists a community's members (anyone who may read its content), or its pending requests and bans (moderators),
// optionally those whose name contains a text.
import type { Actor, AppContext } from '../../context.js';
import { memberQuerySchema, type PageQuery } from './schemas.js';
import type { Membership } from '../../models/membership.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadCommunity, loadCommunityContent } from './loadCommunity.js';
import { escapeRegExp } from '../../content/escapeRegExp.js';

export async function listMembers(ctx: AppContext, actor: Actor, communityId: unknown, query: unknown): Promise<{ items: Membership[]; page: PageQuery & { total: number } }> {
  const { state, q, ...page } = parseInput(memberQuerySchema, query, 'query');
  const { community, access } = state === 'active' ? await loadCommunityContent(ctx, actor, communityId) : await loadCommunity(ctx, actor, communityId);
  if (state !== 'active') authorize(actor, 'community.moderate', access);
  const named = q ? await ctx.models.User.find({ displayName: { $regex: escapeRegExp(q), $options: 'i' } }, { _id: 1 }).limit(1000).lean() : null;
  const filter = { communityId: community._id, state, ...(named ? { userId: { $in: named.map((user) => user._id) } } : {}) };
  const [items, total] = await Promise.all([
    ctx.models.Membership.find(filter).sort({ createdAt: 1 }).skip(page.offset).limit(page.limit).lean<Membership[]>(),
    ctx.models.Membership.countDocuments(filter),
  ]);
  return { items, page: { ...page, total } };
}
