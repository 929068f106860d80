// A thread with a page of its posts in order, and its community as the reader sees it; queued posts only for their author and moderators.
import type { Actor, AppContext } from '../../context.js';
import { threadQuerySchema, type PageQuery } from './schemas.js';
import type { Post, PostState } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import { parseInput } from '../../validation.js';
import type { LoadedCommunity } from './loadCommunity.js';
import { loadThread, visibleQueuedFilter } from './loadThread.js';

export async function getThread(ctx: AppContext, actor: Actor, threadId: unknown, query: unknown): Promise<LoadedCommunity & { thread: Thread; posts: Post[]; page: PageQuery & { total: number } }> {
  const loaded = await loadThread(ctx, actor, threadId);
  const { thread, access } = loaded;
  const page = parseInput(threadQuerySchema, query, 'query');
  const queuedVisible = visibleQueuedFilter(actor, { access });
  const filter = { threadId: thread._id, $or: [{ state: { $in: ['visible', 'hidden', 'deleted'] as PostState[] } }, ...queuedVisible] };
  const [posts, total] = await Promise.all([
    ctx.models.Post.find(filter).sort({ createdAt: 1, _id: 1 }).skip(page.offset).limit(page.limit).lean<Post[]>(),
    ctx.models.Post.countDocuments(filter),
  ]);
  return { ...loaded, posts, page: { ...page, total } };
}
