// Suspends an account (with a reason; every session ends at once) or reinstates it; administrators only, audited.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { suspendSchema } from './schemas.js';
import type { User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { endUserSessions } from './sessions.js';

async function setStatus(ctx: AppContext, actor: Actor, userId: string, status: User['status'], reason?: string): Promise<User> {
  const user = await ctx.models.User.findByIdAndUpdate(userId, { $set: { status } }, { returnDocument: 'after' }).lean<User>();
  if (!user) throw notFound('The user');
  await recordAudit(ctx, actor, { action: status === 'suspended' ? 'account.suspend' : 'account.reinstate', subjectType: 'user', subjectId: userId, reason });
  return user;
}

export async function suspendAccount(ctx: AppContext, actor: Actor, rawUserId: unknown, input: unknown): Promise<User> {
  const userId = parseObjectId(rawUserId, 'The user');
  authorize(actor, 'account.suspend', { userId });
  const { reason } = parseInput(suspendSchema, input, 'suspension');
  const user = await setStatus(ctx, actor, userId, 'suspended', reason);
  await endUserSessions(ctx, userId);
  return user;
}

export async function reinstateAccount(ctx: AppContext, actor: Actor, rawUserId: unknown): Promise<User> {
  const userId = parseObjectId(rawUserId, 'The user');
  authorize(actor, 'account.suspend', { userId });
  return setStatus(ctx, actor, userId, 'active');
}
