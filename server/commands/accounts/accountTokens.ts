// Issuing and spending single-use account tokens: the raw token goes only into the e-mail, the digest into the
// store; spending is one conditional update (unused, unexpired, right purpose), so a token works exactly once.
import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { AccountToken, AccountTokenPurpose } from '../../models/accountToken.js';
import { digest, newToken } from '../../security/tokens.js';

export const tokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  passwordReset: 60 * 60_000,
  verifyEmail: 48 * 3_600_000,
  changeEmail: 24 * 3_600_000,
};

export async function issueAccountToken(ctx: AppContext, userId: Types.ObjectId, purpose: AccountTokenPurpose, newEmail?: string): Promise<string> {
  const token = newToken();
  await ctx.models.AccountToken.create({ digest: digest(token), userId, purpose, newEmail, expiresAt: new Date(Date.now() + tokenLifetimeMs[purpose]) });
  return token;
}

export const invalidToken = () => badRequest('invalid_token', 'This link is not valid: it may have been used already or have expired. Ask for a new one.');

/** Spends a token once; a forged, expired, reused or wrong-purpose token is `invalid_token` and changes nothing. */
export async function spendAccountToken(ctx: AppContext, token: unknown, purpose: AccountTokenPurpose): Promise<AccountToken> {
  if (typeof token !== 'string' || !/^[\w-]{20,100}$/.test(token)) throw invalidToken();
  const mark = randomBytes(8).toString('hex');
  const now = new Date();
  const spent = await ctx.models.AccountToken.findOneAndUpdate(
    { digest: digest(token), purpose, usedAt: { $exists: false }, expiresAt: { $gt: now } },
    { $set: { usedAt: now, usedBy: mark } },
    { returnDocument: 'after' },
  ).lean<AccountToken>();
  if (!spent || spent.usedBy !== mark) throw invalidToken();
  return spent;
}

/** Reads a token without spending it (a page showing the form behind the link). */
export async function checkAccountToken(ctx: AppContext, token: unknown, purpose: AccountTokenPurpose): Promise<AccountToken> {
  if (typeof token !== 'string' || !/^[\w-]{20,100}$/.test(token)) throw invalidToken();
  const found = await ctx.models.AccountToken.findOne({ digest: digest(token), purpose, usedAt: { $exists: false }, expiresAt: { $gt: new Date() } }).lean<AccountToken>();
  if (!found) throw invalidToken();
  return found;
}
