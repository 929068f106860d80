// Creates a member account and mails the link confirming its address; a taken e-mail address is a clear 409,
// never a second account.
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError } from '../../errors.js';
import { registerSchema } from './schemas.js';
import type { Role, User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { hashPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { verifyEmailMail } from '../../mail/accountMails.js';
import { queueMail } from '../../mail/queueMail.js';
import { issueAccountToken } from './accountTokens.js';
import { assignHandle } from './handles.js';

export interface RegisterOptions {
  roles?: Role[];
  isDemo?: boolean;
  /** The address needs no confirmation (demo accounts, an operator's create-admin). */
  emailVerified?: boolean;
}

export async function registerUser(ctx: AppContext, actor: Actor, input: unknown, options: RegisterOptions = {}): Promise<User> {
  authorize(actor, 'account.register');
  const data = parseInput(registerSchema, input, 'registration');
  const passwordHash = await hashPassword(data.password, ctx.config.passwordScryptLogN);
  try {
    const created = await ctx.models.User.create({
      email: data.email,
      displayName: data.displayName,
      passwordHash,
      locale: data.locale ?? 'en',
      organisation: data.organisation,
      country: data.country,
      roles: options.roles ?? ['member'],
      isDemo: options.isDemo ?? false,
      ...(options.emailVerified || options.isDemo ? { emailVerifiedAt: new Date() } : {}),
    });
    const user = { ...created.toObject(), handle: await assignHandle(ctx, created._id, data.displayName) };
    if (!user.emailVerifiedAt) await queueMail(ctx, verifyEmailMail(ctx.config, user, await issueAccountToken(ctx, user._id, 'verifyEmail')));
    return user;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('email_taken', 'An account with this e-mail address already exists.');
    throw error;
  }
}
