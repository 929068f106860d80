// The account's e-mail address: verifying it (a link mailed to it), and changing it (confirmed by a link mailed
// to the new address, with a notice to the old one); a taken address is a 409, a bad link `invalid_token`.
import type { Actor, AppContext } from '../../context.js';
import { AppError, conflict, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import { emailChangeMail, emailChangeNotice, verifyEmailMail } from '../../mail/accountMails.js';
import { queueMail, queueMails } from '../../mail/queueMail.js';
import type { User } from '../../models/user.js';
import { verifyPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { issueAccountToken, spendAccountToken } from './accountTokens.js';
import { emailChangeSchema } from './schemas.js';

async function signedInUser(ctx: AppContext, actor: Actor): Promise<User> {
  const user = actor.userId ? await ctx.models.User.findOne({ _id: actor.userId, status: 'active' }).lean<User>() : null;
  if (!user) throw unauthenticated();
  return user;
}

export async function requestEmailVerification(ctx: AppContext, actor: Actor): Promise<{ alreadyVerified: boolean }> {
  const user = await signedInUser(ctx, actor);
  if (user.emailVerifiedAt) return { alreadyVerified: true };
  await queueMail(ctx, verifyEmailMail(ctx.config, user, await issueAccountToken(ctx, user._id, 'verifyEmail')));
  return { alreadyVerified: false };
}

export async function verifyEmail(ctx: AppContext, token: unknown): Promise<void> {
  const spent = await spendAccountToken(ctx, token, 'verifyEmail');
  await ctx.models.User.updateOne({ _id: spent.userId }, { $set: { emailVerifiedAt: new Date() } });
}

export async function requestEmailChange(ctx: AppContext, actor: Actor, input: unknown): Promise<void> {
  const user = await signedInUser(ctx, actor);
  const data = parseInput(emailChangeSchema, input, 'change of e-mail address');
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new AppError(400, 'wrong_password', 'The current password is not correct.', [{ path: 'currentPassword', message: 'is not correct' }]);
  }
  if (data.newEmail === user.email) throw conflict('email_unchanged', 'This is already your address.');
  if (await ctx.models.User.exists({ email: data.newEmail })) throw conflict('email_taken', 'An account with this e-mail address already exists.');
  const token = await issueAccountToken(ctx, user._id, 'changeEmail', data.newEmail);
  await queueMails(ctx, [emailChangeMail(ctx.config, user, data.newEmail, token), emailChangeNotice(user, data.newEmail)]);
}

export async function confirmEmailChange(ctx: AppContext, token: unknown): Promise<User> {
  const spent = await spendAccountToken(ctx, token, 'changeEmail');
  try {
    const user = await ctx.models.User.findOneAndUpdate(
      { _id: spent.userId, status: 'active' },
      { $set: { email: spent.newEmail, emailVerifiedAt: new Date() } },
      { returnDocument: 'after' },
    ).lean<User>();
    if (!user) throw unauthenticated();
    return user;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('email_taken', 'An account with this e-mail address already exists.');
    throw error;
  }
}
