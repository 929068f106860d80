// Checks e-mail and password and opens a session; the answer never tells which of the two was wrong. Only failures
// count against the limits, per account and per address apart (a school network's successes never lock it out).
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { signInSchema } from './schemas.js';
import type { User } from '../../models/user.js';
import { dummyHash, verifyPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { openSession } from './sessions.js';

let timingHash: Promise<string> | null = null;

export interface SignInOrigin {
  /** The client's address, for the per-address failure limit. */
  readonly address: string;
  readonly userAgent?: string;
}

export async function signIn(ctx: AppContext, input: unknown, origin: SignInOrigin): Promise<{ user: User; token: string }> {
  const data = parseInput(signInSchema, input, 'sign-in');
  await ctx.rateLimits.assertAllowed('signInAccount', data.email);
  await ctx.rateLimits.assertAllowed('signInAddress', origin.address);
  const user = await ctx.models.User.findOne({ email: data.email }).lean<User>();
  timingHash ??= dummyHash(ctx.config.passwordScryptLogN);
  const valid = await verifyPassword(data.password, user?.passwordHash ?? (await timingHash));
  if (!user || !valid) {
    await Promise.all([ctx.rateLimits.countFailure('signInAccount', data.email), ctx.rateLimits.countFailure('signInAddress', origin.address)]);
    throw new AppError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');
  }
  if (user.status !== 'active') throw new AppError(403, 'account_suspended', 'This account is suspended.');
  if (user.isDemo && ctx.config.env === 'production') {
    throw new AppError(403, 'demo_account_disabled', 'Demo accounts cannot sign in on a production site.');
  }
  const token = await openSession(ctx, user._id, origin.userAgent);
  return { user, token };
}
