// Lists a community's members (anyone who may read its content), or its pending requests and bans (moderators).
import type { Actor, AppContext } from '../../context.js';
import { memberQuerySchema, type PageQuery } from './schemas.js';
import type { Membership } from '../../models/membership.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadCommunity, loadCommunityContent } from './loadCommunity.js';

export async function listMembers(ctx: AppContext, actor: Actor, communityId: unknown, query: unknown): Promise<{ items: Membership[]; page: PageQuery & { total: number } }> {
  const { state, ...page } = parseInput(memberQuerySchema, query, 'query');
  const { community, access } = state === 'active' ? await loadCommunityContent(ctx, actor, communityId) : await loadCommunity(ctx, actor, communityId);
  if (state !== 'active') authorize(actor, 'community.moderate', access);
  const filter = { communityId: community._id, state };
  const [items, total] = await Promise.all([
    ctx.models.Membership.find(filter).sort({ createdAt: 1 }).skip(page.offset).limit(page.limit).lean<Membership[]>(),
    ctx.models.Membership.countDocuments(filter),
  ]);
  return { items, page: { ...page, total } };
}
