// Deletes records whose stored expiresAt has passed (sessions, invites, slow-mode windows, digest claims). MongoDB's TTL indexes do
// this too; the fallback server has none, so this step keeps both engines tidy. Reads already ignore expired records.
import type { AppContext } from '../../context.js';

export async function purgeExpired(ctx: AppContext, now = new Date()): Promise<number> {
  const expired = { expiresAt: { $lte: now } };
  const results = await Promise.all([
    ctx.models.Session.deleteMany(expired),
    ctx.models.Invite.deleteMany(expired),
    ctx.models.SlowModeWindow.deleteMany(expired),
    ctx.models.DigestClaim.deleteMany(expired),
  ]);
  return results.reduce((sum, result) => sum + result.deletedCount, 0);
}
