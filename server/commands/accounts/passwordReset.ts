// Password reset by e-mail: asking always answers the same (whether or not the address has an account, so it
// reveals nothing) and mails a single-use link valid for an hour; using it sets the password, proves the address,
// and ends every session of the account.
import type { AppContext } from '../../context.js';
import { passwordResetMail } from '../../mail/accountMails.js';
import { queueMail } from '../../mail/queueMail.js';
import type { User } from '../../models/user.js';
import { hashPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { issueAccountToken, spendAccountToken } from './accountTokens.js';
import { passwordResetRequestSchema, passwordResetSchema } from './schemas.js';
import { endUserSessions } from './sessions.js';

export async function requestPasswordReset(ctx: AppContext, input: unknown): Promise<void> {
  const { email } = parseInput(passwordResetRequestSchema, input, 'password reset request');
  const user = await ctx.models.User.findOne({ email, status: 'active' }).lean<User>();
  if (!user) return;
  const token = await issueAccountToken(ctx, user._id, 'passwordReset');
  await queueMail(ctx, passwordResetMail(ctx.config, user, token));
}

export async function resetPassword(ctx: AppContext, input: unknown): Promise<User> {
  const data = parseInput(passwordResetSchema, input, 'password reset');
  const spent = await spendAccountToken(ctx, data.token, 'passwordReset');
  const passwordHash = await hashPassword(data.password, ctx.config.passwordScryptLogN);
  const now = new Date();
  const user = await ctx.models.User.findOneAndUpdate(
    { _id: spent.userId, status: 'active' },
    { $set: { passwordHash, passwordChangedAt: now, emailVerifiedAt: now } },
    { returnDocument: 'after' },
  ).lean<User>();
  await ctx.models.AccountToken.updateMany({ userId: spent.userId, purpose: 'passwordReset', usedAt: { $exists: false } }, { $set: { usedAt: now } });
  await endUserSessions(ctx, String(spent.userId));
  if (!user) throw new Error('a reset token outlived its account');
  return user;
}
