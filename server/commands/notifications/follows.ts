// Follow and unfollow: a person follows only what they may see (else 404, nothing written); competences and tags are
// checked against the vocabulary and the tag rules. Following twice is the same follow.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import type { Follow } from '../../models/follow.js';
import { parseInput, parseObjectId } from '../../validation.js';
import type { FollowTargetType } from '../../vocab/followTargets.js';
import { loadVisibleCollection } from '../collections/loadCollection.js';
import { loadCommunityContent } from '../communities/loadCommunity.js';
import { loadThread } from '../communities/loadThread.js';
import { loadVisiblePractice } from '../practices/loadPractice.js';
import { loadVisibleResource } from '../resources/loadResource.js';
import { competenceSchema, tagListSchema } from '../shared/schemas.js';
import { followListQuerySchema, followTargetSchema, type FollowTarget } from './schemas.js';

const checks: Record<FollowTargetType, (ctx: AppContext, actor: Actor, id: string) => Promise<string>> = {
  community: async (ctx, actor, id) => String((await loadCommunityContent(ctx, actor, id)).community._id),
  thread: async (ctx, actor, id) => String((await loadThread(ctx, actor, id)).thread._id),
  practice: async (ctx, actor, id) => String((await loadVisiblePractice(ctx, actor, id))._id),
  resource: async (ctx, actor, id) => String((await loadVisibleResource(ctx, actor, id))._id),
  collection: async (ctx, actor, id) => String((await loadVisibleCollection(ctx, actor, id))._id),
  author: async (ctx, _actor, id) => {
    const userId = parseObjectId(id, 'The person');
    if (!(await ctx.models.User.exists({ _id: userId, status: 'active' }))) throw notFound('The person');
    return userId;
  },
  competence: async (_ctx, _actor, id) => parseInput(competenceSchema, id, 'competence'),
  tag: async (_ctx, _actor, id) => parseInput(tagListSchema, [id], 'tag')[0]?.toLowerCase() ?? '',
};

/** The follow target named by the input, checked against what the actor may see. */
export async function resolveFollowTarget(ctx: AppContext, actor: Actor, input: unknown): Promise<FollowTarget> {
  const target = parseInput(followTargetSchema, input, 'follow');
  return { targetType: target.targetType, targetId: await checks[target.targetType](ctx, actor, target.targetId) };
}

export async function follow(ctx: AppContext, actor: Actor, input: unknown): Promise<Follow> {
  if (!actor.userId) throw unauthenticated();
  const target = await resolveFollowTarget(ctx, actor, input);
  const key = { userId: new Types.ObjectId(actor.userId), ...target };
  await ctx.models.Follow.updateOne(key, { $set: { auto: false }, $setOnInsert: { createdAt: new Date() } }, { upsert: true }).catch(async (error: unknown) => {
    if (!(await ctx.models.Follow.exists(key))) throw error;
  });
  return (await ctx.models.Follow.findOne(key).lean<Follow>()) as Follow;
}

export async function unfollow(ctx: AppContext, actor: Actor, input: unknown): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  const target = parseInput(followTargetSchema, input, 'follow');
  await ctx.models.Follow.deleteOne({ userId: new Types.ObjectId(actor.userId), targetType: target.targetType, targetId: target.targetId.toLowerCase() });
}

export async function listFollows(ctx: AppContext, actor: Actor, query: unknown): Promise<Follow[]> {
  if (!actor.userId) throw unauthenticated();
  const { targetType } = parseInput(followListQuerySchema, query, 'query');
  return ctx.models.Follow.find({ userId: new Types.ObjectId(actor.userId), ...(targetType ? { targetType } : {}) }).sort({ createdAt: -1 }).limit(500).lean<Follow[]>();
}

/** Whether the actor follows one target (false for anonymous readers). */
export async function isFollowing(ctx: AppContext, actor: Actor, targetType: FollowTargetType, targetId: string): Promise<boolean> {
  if (!actor.userId) return false;
  return Boolean(await ctx.models.Follow.exists({ userId: new Types.ObjectId(actor.userId), targetType, targetId }));
}
