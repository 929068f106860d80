// The moderators' flag queue: a community's flags, or (for site moderators) the flags on practices; open by default.
import type { Actor, AppContext } from '../../context.js';
import { flagQuerySchema, type PageQuery } from './schemas.js';
import type { Flag } from '../../models/flag.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadCommunity } from './loadCommunity.js';

/** `communityId` null means the site-wide queue of practice flags. */
export async function listFlags(ctx: AppContext, actor: Actor, communityId: unknown, query: unknown): Promise<{ items: Flag[]; page: PageQuery & { total: number } }> {
  let scope = null;
  if (communityId === null) authorize(actor, 'flag.reviewSite');
  else {
    const { community, access } = await loadCommunity(ctx, actor, communityId);
    authorize(actor, 'community.moderate', access);
    scope = community._id;
  }
  const { state, ...page } = parseInput(flagQuerySchema, query, 'query');
  const filter = { communityId: scope, state };
  const [items, total] = await Promise.all([
    ctx.models.Flag.find(filter).sort({ createdAt: state === 'open' ? 1 : -1 }).skip(page.offset).limit(page.limit).lean<Flag[]>(),
    ctx.models.Flag.countDocuments(filter),
  ]);
  return { items, page: { ...page, total } };
}
