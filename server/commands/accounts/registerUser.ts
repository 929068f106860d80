// Creates a member account and mails the link confirming its address; a taken e-mail address is a clear 409,
// never a second account. The account is written before its handle and its mail, so a registration cut short
// between them (the database lost mid-way, answered 503) is finished by the same registration sent again.
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError } from '../../errors.js';
import { registerSchema } from './schemas.js';
import type { Role, User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { verifyEmailKind, verifyEmailMail } from '../../mail/accountMails.js';
import { queueMail } from '../../mail/queueMail.js';
import { issueAccountToken } from './accountTokens.js';
import { assignHandle } from './handles.js';

export interface RegisterOptions {
  roles?: Role[];
  isDemo?: boolean;
  /** The address needs no confirmation (demo accounts, an operator's create-admin). */
  emailVerified?: boolean;
  /** A hash of this same password made before (the seed's many demo accounts share one password and one hash). */
  passwordHash?: string;
}

/** The account a registration with this address and password left without its confirmation mail, if any. */
async function unfinishedRegistration(ctx: AppContext, email: string, password: string): Promise<User | undefined> {
  const user = await ctx.models.User.findOne({ email, status: 'active', emailVerifiedAt: { $exists: false } }).lean<User>();
  if (!user || (await ctx.models.OutboxMessage.exists({ userId: user._id, kind: verifyEmailKind }))) return undefined;
  return (await verifyPassword(password, user.passwordHash)) ? user : undefined;
}

export async function registerUser(ctx: AppContext, actor: Actor, input: unknown, options: RegisterOptions = {}): Promise<User> {
  authorize(actor, 'account.register');
  const data = parseInput(registerSchema, input, 'registration');
  const passwordHash = options.passwordHash ?? (await hashPassword(data.password, ctx.config.passwordScryptLogN));
  let account: User;
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
    account = created.toObject();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const unfinished = await unfinishedRegistration(ctx, data.email, data.password);
    if (!unfinished) throw conflict('email_taken', 'An account with this e-mail address already exists.');
    account = unfinished;
  }
  const user = { ...account, handle: account.handle ?? (await assignHandle(ctx, account._id, account.displayName)) };
  if (!user.emailVerifiedAt) await queueMail(ctx, verifyEmailMail(ctx.config, user, await issueAccountToken(ctx, user._id, 'verifyEmail')));
  return user;
}
