// Replaces a password after checking the current one (wrong ones count against a per-account limit), and signs out
// every other session of the user.
import type { Actor, AppContext } from '../../context.js';
import { AppError, unauthenticated } from '../../errors.js';
import { changePasswordSchema } from './schemas.js';
import { authorize } from '../../policies/index.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { endUserSessions } from './sessions.js';

export async function changePassword(ctx: AppContext, actor: Actor, input: unknown, currentToken?: string): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  authorize(actor, 'account.changePassword', { userId: actor.userId });
  const data = parseInput(changePasswordSchema, input, 'password change');
  const user = await ctx.models.User.findById(actor.userId);
  if (!user) throw unauthenticated();
  await ctx.rateLimits.assertAllowed('passwordChange', actor.userId);
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    await ctx.rateLimits.countFailure('passwordChange', actor.userId);
    throw new AppError(400, 'wrong_password', 'The current password is not correct.', [{ path: 'currentPassword', message: 'is not correct' }]);
  }
  user.passwordHash = await hashPassword(data.newPassword, ctx.config.passwordScryptLogN);
  user.passwordChangedAt = new Date();
  await user.save();
  await endUserSessions(ctx, actor.userId, currentToken);
}
