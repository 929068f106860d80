// Makes a user an active member (from nothing or from a pending request) exactly once, keeping memberCount right
// under races: the unique (community, user) index decides who inserts, a state compare-and-set who activates.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { AppError, isDuplicateKeyError } from '../../errors.js';
import type { MemberRole, Membership } from '../../models/membership.js';

export async function activateMembership(ctx: AppContext, communityId: Types.ObjectId, userId: string, role: MemberRole = 'member'): Promise<Membership> {
  const membership = await activate(ctx, communityId, userId, role);
  ctx.events.emit('membership.changed', { communityId: String(communityId), userId });
  return membership;
}

async function activate(ctx: AppContext, communityId: Types.ObjectId, userId: string, role: MemberRole): Promise<Membership> {
  const key = { communityId, userId: new Types.ObjectId(userId) };
  try {
    const created = await ctx.models.Membership.create({ ...key, role, state: 'active' });
    await ctx.models.Community.updateOne({ _id: communityId }, { $inc: { memberCount: 1 } });
    return created.toObject();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const activated = await ctx.models.Membership.findOneAndUpdate({ ...key, state: 'pending' }, { $set: { state: 'active' } }, { returnDocument: 'after' }).lean<Membership>();
  if (activated) {
    await ctx.models.Community.updateOne({ _id: communityId }, { $inc: { memberCount: 1 } });
    return activated;
  }
  const existing = await ctx.models.Membership.findOne(key).lean<Membership>();
  if (existing?.state === 'active') return existing;
  throw new AppError(403, 'banned', 'You have been banned from this community.');
}
