// A community's threads (by id, or as the caller loaded it), pinned first then most recently active; queued threads only for their author and moderators.
import type { Actor, AppContext } from '../../context.js';
import { pageQuerySchema, type PageQuery } from './schemas.js';
import type { Thread } from '../../models/thread.js';
import { parseInput } from '../../validation.js';
import { loadCommunityContent } from './loadCommunity.js';
import { visibleQueuedFilter } from './loadThread.js';

export async function listThreads(ctx: AppContext, actor: Actor, community: unknown, query: unknown): Promise<{ items: Thread[]; page: PageQuery & { total: number } }> {
  const { community: loaded, access } = await loadCommunityContent(ctx, actor, community);
  const page = parseInput(pageQuerySchema, query, 'query');
  const queuedVisible = visibleQueuedFilter(actor, { access });
  const filter = { communityId: loaded._id, $or: [{ state: 'visible' as const }, ...queuedVisible] };
  const [items, total] = await Promise.all([
    ctx.models.Thread.find(filter).sort({ pinned: -1, lastPostAt: -1 }).skip(page.offset).limit(page.limit).lean<Thread[]>(),
    ctx.models.Thread.countDocuments(filter),
  ]);
  return { items, page: { ...page, total } };
}
