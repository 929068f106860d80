// Unread tracking for threads and communities: how far a person read each thread (recorded when they view a page
// of it, or by a client), how many posts are new since, and per community how many threads they read have news.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { isDuplicateKeyError, unauthenticated } from '../../errors.js';
import type { Thread } from '../../models/thread.js';
import type { ThreadRead } from '../../models/threadRead.js';
import { parseInput } from '../../validation.js';
import { loadThread } from './loadThread.js';
import { readPositionSchema } from './schemas.js';

const readId = (userId: string, threadId: Types.ObjectId | string): string => `${userId}:${String(threadId)}`;

/** How far the actor had read each thread (absent: never opened it). */
export async function readPositions(ctx: AppContext, actor: Actor, threads: readonly Pick<Thread, '_id'>[]): Promise<Map<string, number>> {
  if (!actor.userId || threads.length === 0) return new Map();
  const reads = await ctx.models.ThreadRead.find({ _id: { $in: threads.map((thread) => readId(actor.userId ?? '', thread._id)) } }).lean<ThreadRead[]>();
  return new Map(reads.map((read) => [String(read.threadId), read.position]));
}

/** Posts of each thread the actor has not seen yet, for threads they opened before. */
export async function unreadPosts(ctx: AppContext, actor: Actor, threads: readonly Pick<Thread, '_id' | 'postCount'>[]): Promise<Map<string, number>> {
  const positions = await readPositions(ctx, actor, threads);
  return new Map(threads.flatMap((thread) => {
    const position = positions.get(String(thread._id));
    return position === undefined ? [] : [[String(thread._id), Math.max(0, thread.postCount - position)] as const];
  }));
}

/** Records that the actor has read a thread up to `position` posts (never moving back); answers the stored position. */
export async function markThreadRead(ctx: AppContext, actor: Actor, thread: Pick<Thread, '_id' | 'communityId'>, position: number): Promise<number> {
  if (!actor.userId) return 0;
  const _id = readId(actor.userId, thread._id);
  const update = { $max: { position }, $set: { readAt: new Date() }, $setOnInsert: { userId: new Types.ObjectId(actor.userId), threadId: thread._id, communityId: thread.communityId } };
  try {
    const read = await ctx.models.ThreadRead.findOneAndUpdate({ _id }, update, { upsert: true, returnDocument: 'after' }).lean<ThreadRead>();
    return read?.position ?? position;
  } catch (error) {
    // Two first reads at once: the other one inserted it; move it forward as an update.
    if (!isDuplicateKeyError(error)) throw error;
    const read = await ctx.models.ThreadRead.findOneAndUpdate({ _id }, { $max: { position } }, { returnDocument: 'after' }).lean<ThreadRead>();
    return read?.position ?? position;
  }
}

/** The read API: a client says how far it has shown a thread. */
export async function recordThreadRead(ctx: AppContext, actor: Actor, threadId: unknown, input: unknown): Promise<number> {
  if (!actor.userId) throw unauthenticated();
  const { thread } = await loadThread(ctx, actor, threadId);
  const { position } = parseInput(readPositionSchema, input, 'read position');
  return markThreadRead(ctx, actor, thread, Math.min(position, thread.postCount));
}

/** Per community: how many threads the actor opened before have new posts now. */
export async function unreadThreadsByCommunity(ctx: AppContext, actor: Actor, communityIds: readonly Types.ObjectId[]): Promise<Map<string, number>> {
  if (!actor.userId || communityIds.length === 0) return new Map();
  const reads = await ctx.models.ThreadRead.find({ userId: new Types.ObjectId(actor.userId), communityId: { $in: communityIds } }).lean<ThreadRead[]>();
  if (reads.length === 0) return new Map();
  const threads = await ctx.models.Thread.find({ _id: { $in: reads.map((read) => read.threadId) }, state: 'visible' }, { postCount: 1, communityId: 1 }).lean<Thread[]>();
  const positionOf = new Map(reads.map((read) => [String(read.threadId), read.position]));
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.postCount > (positionOf.get(String(thread._id)) ?? thread.postCount)) counts.set(String(thread.communityId), (counts.get(String(thread.communityId)) ?? 0) + 1);
  }
  return counts;
}
