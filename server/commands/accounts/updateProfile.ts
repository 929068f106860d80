// Changes a user's own profile fields (display name, interface language, organisation, country, bio).
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { updateProfileSchema } from './schemas.js';
import type { User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';

export async function updateProfile(ctx: AppContext, actor: Actor, userId: string, input: unknown): Promise<User> {
  if (!actor.userId) throw unauthenticated();
  authorize(actor, 'account.updateProfile', { userId });
  const data = parseInput(updateProfileSchema, input, 'profile');
  const user = await ctx.models.User.findByIdAndUpdate(userId, { $set: data }, { returnDocument: 'after' }).lean<User>();
  if (!user) throw notFound('The user');
  return user;
}
