// Sharing a result by link: its owner creates a secret link (one per result; creating it again returns the same)
// or revokes it; whoever holds a live link sees the levels per competence or area, never the answers, the owner's
// name or their earlier results. A revoked, unknown or malformed token is simply not found.
import { randomBytes } from 'node:crypto';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { AssessmentAttempt } from '../../models/assessmentAttempt.js';
import { recordAudit } from '../recordAudit.js';
import { loadInstrumentById } from './instruments.js';
import { loadOwnResult, type AssessmentResult } from './ownAttempts.js';
import { compareScores } from './scoring.js';
import { shareTokenSchema } from './schemas.js';

const newToken = (): string => randomBytes(24).toString('base64url');

/** The result's share token, created on first call (only its owner, only once submitted). */
export async function shareResult(ctx: AppContext, actor: Actor, id: unknown): Promise<string> {
  const { attempt } = await loadOwnResult(ctx, actor, id);
  if (attempt.shareToken) return attempt.shareToken;
  const shared = await ctx.models.AssessmentAttempt.findOneAndUpdate({ _id: attempt._id, shareToken: { $exists: false } }, { $set: { shareToken: newToken() } }, { returnDocument: 'after' }).lean<AssessmentAttempt>();
  const token = shared?.shareToken ?? (await loadOwnResult(ctx, actor, id)).attempt.shareToken;
  if (!token) throw notFound('The result');
  await recordAudit(ctx, actor, { action: 'selfAssessment.share', subjectType: 'assessmentAttempt', subjectId: String(attempt._id) });
  return token;
}

/** Ends the link: the old token finds nothing from now on (revoking an unshared result is a no-op). */
export async function revokeShare(ctx: AppContext, actor: Actor, id: unknown): Promise<void> {
  const { attempt } = await loadOwnResult(ctx, actor, id);
  if (!attempt.shareToken) return;
  await ctx.models.AssessmentAttempt.updateOne({ _id: attempt._id }, { $unset: { shareToken: 1 } });
  await recordAudit(ctx, actor, { action: 'selfAssessment.unshare', subjectType: 'assessmentAttempt', subjectId: String(attempt._id) });
}

/** The result behind a live share token, without the owner's previous result. */
export async function loadSharedResult(ctx: AppContext, token: unknown): Promise<AssessmentResult> {
  const parsed = shareTokenSchema.safeParse(token);
  if (!parsed.success) throw notFound('The shared result');
  const attempt = await ctx.models.AssessmentAttempt.findOne({ shareToken: parsed.data, state: 'submitted' }).lean<AssessmentAttempt>();
  if (!attempt) throw notFound('The shared result');
  return { attempt, instrument: await loadInstrumentById(ctx, attempt.instrumentId), previous: null, scores: compareScores(attempt.scores, null) };
}
