// Refuses posting and publishing to a person whose address is not confirmed, when the site requires it.
import type { Actor, AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { can } from '../../policies/index.js';

export function requireVerifiedEmail(ctx: AppContext, actor: Actor): void {
  if (can(actor, 'account.contribute', { verificationRequired: ctx.config.requireVerifiedEmail })) return;
  throw new AppError(403, 'email_unverified', 'Please confirm your e-mail address first: open the link we sent you, or ask for a new one on your account page.');
}
