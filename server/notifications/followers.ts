// Who follows what, for the fan-out: the followers of targets, and the automatic follows Praxis makes (what you
// wrote, what you replied to), which never undo a person's own choice.
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { isDuplicateKeyError } from '../errors.js';
import type { FollowTargetType } from '../vocab/followTargets.js';

export async function followersOf(ctx: AppContext, targets: ReadonlyArray<{ targetType: FollowTargetType; targetId: string }>): Promise<string[]> {
  if (targets.length === 0) return [];
  const follows = await ctx.models.Follow.find({ $or: targets.map((target) => ({ ...target })) }, { userId: 1 }).lean();
  return [...new Set(follows.map((item) => String(item.userId)))];
}

export async function autoFollow(ctx: AppContext, userId: string, targetType: FollowTargetType, targetId: string): Promise<void> {
  await ctx.models.Follow.updateOne(
    { userId: new Types.ObjectId(userId), targetType, targetId },
    { $setOnInsert: { auto: true, createdAt: new Date() } },
    { upsert: true },
  ).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  });
}
