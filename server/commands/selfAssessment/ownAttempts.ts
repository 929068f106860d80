// Reading one's own attempts and results: an attempt is found only by its owner (404 for anyone else, whatever
// their role), a result carries the change since the owner's previous result of the same instrument.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound, unauthenticated } from '../../errors.js';
import type { AssessmentAttempt } from '../../models/assessmentAttempt.js';
import type { Instrument } from '../../models/instrument.js';
import { can } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { loadInstrumentById } from './instruments.js';
import { compareScores, type ScoreChange } from './scoring.js';

export async function loadOwnAttempt(ctx: AppContext, actor: Actor, id: unknown): Promise<AssessmentAttempt> {
  if (!actor.userId) throw unauthenticated();
  const attempt = await ctx.models.AssessmentAttempt.findById(parseObjectId(id, 'The attempt')).lean<AssessmentAttempt>();
  if (!attempt || !can(actor, 'selfAssessment.readOwn', { ownerId: String(attempt.userId) })) throw notFound('The attempt');
  return attempt;
}

/** The actor's attempts, newest first. */
export async function listOwnAttempts(ctx: AppContext, actor: Actor): Promise<AssessmentAttempt[]> {
  if (!actor.userId) throw unauthenticated();
  return ctx.models.AssessmentAttempt.find({ userId: new Types.ObjectId(actor.userId) }).sort({ createdAt: -1 }).lean<AssessmentAttempt[]>();
}

export interface AssessmentResult {
  readonly attempt: AssessmentAttempt;
  readonly instrument: Instrument;
  readonly previous: AssessmentAttempt | null;
  readonly scores: readonly ScoreChange[];
}

/** The submitted attempt before this one of the same person and instrument (any version). */
async function previousResult(ctx: AppContext, attempt: AssessmentAttempt): Promise<AssessmentAttempt | null> {
  return ctx.models.AssessmentAttempt.findOne({ userId: attempt.userId, instrumentKey: attempt.instrumentKey, state: 'submitted', submittedAt: { $lt: attempt.submittedAt } })
    .sort({ submittedAt: -1 })
    .lean<AssessmentAttempt>();
}

function assertSubmitted(attempt: AssessmentAttempt): void {
  if (attempt.state !== 'submitted') throw conflict('attempt_not_submitted', 'This self-assessment is not submitted yet: answer the remaining statements and submit it first.');
}

export async function resultFrom(ctx: AppContext, attempt: AssessmentAttempt): Promise<AssessmentResult> {
  assertSubmitted(attempt);
  const [instrument, previous] = await Promise.all([loadInstrumentById(ctx, attempt.instrumentId), previousResult(ctx, attempt)]);
  return { attempt, instrument, previous, scores: compareScores(attempt.scores, previous?.scores ?? null) };
}

export async function loadOwnResult(ctx: AppContext, actor: Actor, id: unknown): Promise<AssessmentResult> {
  return resultFrom(ctx, await loadOwnAttempt(ctx, actor, id));
}

/** The actor's own submitted attempt with its instrument, without the comparison with an earlier result. */
export async function loadOwnSubmitted(ctx: AppContext, actor: Actor, id: unknown): Promise<Pick<AssessmentResult, 'attempt' | 'instrument'>> {
  const attempt = await loadOwnAttempt(ctx, actor, id);
  assertSubmitted(attempt);
  return { attempt, instrument: await loadInstrumentById(ctx, attempt.instrumentId) };
}
