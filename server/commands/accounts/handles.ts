// Gives each person an @handle for mentions: the handle their display name suggests, with a number added when it is
// taken; the handles collection's _id makes two people never share one. Accounts made before handles existed get
// theirs when the app starts.
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { handleBase } from '../../content/mentions.js';
import { isDuplicateKeyError } from '../../errors.js';
import type { User } from '../../models/user.js';

export async function assignHandle(ctx: AppContext, userId: Types.ObjectId, displayName: string): Promise<string> {
  const base = handleBase(displayName);
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}${attempt}`;
    try {
      await ctx.models.Handle.create({ _id: candidate, userId });
    } catch (error) {
      if (!isDuplicateKeyError(error) || attempt > 500) throw error;
      // A handle this person already holds (an earlier attempt stopped before writing it on the account) is theirs.
      if (!(await ctx.models.Handle.exists({ _id: candidate, userId }))) continue;
    }
    await ctx.models.User.updateOne({ _id: userId }, { $set: { handle: candidate } });
    return candidate;
  }
}

export async function assignMissingHandles(ctx: AppContext): Promise<number> {
  const users = await ctx.models.User.find({ handle: { $exists: false }, status: { $ne: 'deleted' } }, { displayName: 1 }).lean<Pick<User, '_id' | 'displayName'>[]>();
  for (const user of users) await assignHandle(ctx, user._id, user.displayName);
  return users.length;
}

/** The people the handles name (unknown handles are left out). */
export async function usersByHandle(ctx: AppContext, handles: readonly string[]): Promise<string[]> {
  if (handles.length === 0) return [];
  const found = await ctx.models.Handle.find({ _id: { $in: handles } }).lean();
  return found.map((handle) => String(handle.userId));
}
