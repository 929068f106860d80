// Bookmarks: a person saves posts, practices and resources they may see (else 404, nothing written) and lists them,
// each shown only while they may still see it, with its title and page.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import type { Bookmark, BookmarkType } from '../../models/bookmark.js';
import { parseInput } from '../../validation.js';
import { loadPost } from '../communities/loadThread.js';
import { loadVisiblePractice } from '../practices/loadPractice.js';
import { loadVisibleResource } from '../resources/loadResource.js';
import { bookmarkTargetSchema } from './schemas.js';

export interface BookmarkedItem {
  readonly targetType: BookmarkType;
  readonly targetId: string;
  readonly title: string;
  readonly path: string;
  readonly savedAt: Date;
}

const firstTitle = (texts: Record<string, { title?: string }> | undefined): string => Object.values(texts ?? {}).find((text) => text.title)?.title ?? '';

/** The item's title and page as the actor may see it now (throws 404 otherwise). */
const describe: Record<BookmarkType, (ctx: AppContext, actor: Actor, id: string) => Promise<{ title: string; path: string }>> = {
  post: async (ctx, actor, id) => {
    const { thread, post } = await loadPost(ctx, actor, id);
    return { title: thread.title, path: `/threads/${String(thread._id)}#post-${String(post._id)}` };
  },
  practice: async (ctx, actor, id) => {
    const practice = await loadVisiblePractice(ctx, actor, id);
    return { title: firstTitle(practice.texts) || practice.slug, path: `/practices/${practice.slug}` };
  },
  resource: async (ctx, actor, id) => {
    const resource = await loadVisibleResource(ctx, actor, id);
    return { title: resource.title, path: `/resources/${resource.slug}` };
  },
};

function signedIn(actor: Actor): string {
  if (!actor.userId) throw unauthenticated();
  return actor.userId;
}

export async function addBookmark(ctx: AppContext, actor: Actor, input: unknown): Promise<BookmarkedItem> {
  const userId = signedIn(actor);
  const { targetType, targetId } = parseInput(bookmarkTargetSchema, input, 'bookmark');
  const shown = await describe[targetType](ctx, actor, targetId);
  const _id = `${userId}:${targetType}:${targetId}`;
  await ctx.models.Bookmark.updateOne({ _id }, { $setOnInsert: { userId: new Types.ObjectId(userId), targetType, targetId: new Types.ObjectId(targetId), createdAt: new Date() } }, { upsert: true }).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  });
  const saved = await ctx.models.Bookmark.findById(_id).lean<Bookmark>();
  return { targetType, targetId, ...shown, savedAt: saved?.createdAt ?? new Date() };
}

export async function removeBookmark(ctx: AppContext, actor: Actor, input: unknown): Promise<void> {
  const userId = signedIn(actor);
  const { targetType, targetId } = parseInput(bookmarkTargetSchema, input, 'bookmark');
  await ctx.models.Bookmark.deleteOne({ _id: `${userId}:${targetType}:${targetId}` });
}

export async function isBookmarked(ctx: AppContext, actor: Actor, targetType: BookmarkType, targetId: string): Promise<boolean> {
  return actor.userId ? Boolean(await ctx.models.Bookmark.exists({ _id: `${actor.userId}:${targetType}:${targetId}` })) : false;
}

/** The actor's bookmarks, newest first; what they may no longer see is left out. */
export async function listBookmarks(ctx: AppContext, actor: Actor): Promise<BookmarkedItem[]> {
  const userId = signedIn(actor);
  const saved = await ctx.models.Bookmark.find({ userId: new Types.ObjectId(userId) }).sort({ createdAt: -1 }).limit(500).lean<Bookmark[]>();
  const items = await Promise.all(saved.map(async (bookmark) => {
    try {
      const shown = await describe[bookmark.targetType](ctx, actor, String(bookmark.targetId));
      return [{ targetType: bookmark.targetType, targetId: String(bookmark.targetId), ...shown, savedAt: bookmark.createdAt }];
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return [];
      throw error;
    }
  }));
  return items.flat();
}
