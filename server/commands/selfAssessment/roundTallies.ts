// The counters behind each round's aggregate (models/assessmentTally.ts): created empty when a round opens, moved
// by $inc right after an attempt's one successful submission and when an account with round answers is deleted,
// and read instead of the attempts. A round without a tally (opened before tallies existed) is counted once from its
// submitted attempts and the tally stored, so every later read is a single small document.
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { AssessmentAttempt } from '../../models/assessmentAttempt.js';
import type { AssessmentRound } from '../../models/assessmentRound.js';
import type { AssessmentTally } from '../../models/assessmentTally.js';
import { tallyIncrement, tallyOf, type RespondentRow, type Tally } from './aggregates.js';
import { loadInstrumentById } from './instruments.js';

export async function createRoundTally(ctx: AppContext, roundId: Types.ObjectId): Promise<void> {
  await ctx.models.AssessmentTally.updateOne({ _id: roundId }, { $setOnInsert: { respondents: {}, cells: {} } }, { upsert: true });
}

type Counted = Pick<AssessmentAttempt, 'roundId' | 'instrumentId' | 'role' | 'scores'>;

/** Adds (sign 1) or takes away (sign -1) a submitted round attempt; an attempt outside a round counts nowhere. */
export async function countRoundAnswer(ctx: AppContext, attempt: Counted, sign: 1 | -1): Promise<void> {
  if (!attempt.roundId) return;
  const { levels } = await loadInstrumentById(ctx, attempt.instrumentId);
  await ctx.models.AssessmentTally.updateOne({ _id: attempt.roundId }, { $inc: tallyIncrement(attempt, levels.length, sign) });
}

/** Takes a person's submitted round answers out of their rounds' tallies (before the answers are deleted). */
export async function forgetRoundAnswers(ctx: AppContext, userId: Types.ObjectId): Promise<void> {
  const counted = await ctx.models.AssessmentAttempt.find({ userId, state: 'submitted', roundId: { $ne: null } }, { roundId: 1, instrumentId: 1, role: 1, scores: 1 }).lean<Counted[]>();
  for (const attempt of counted) await countRoundAnswer(ctx, attempt, -1);
}

export async function respondentRows(ctx: AppContext, roundIds: readonly Types.ObjectId[]): Promise<RespondentRow[]> {
  return ctx.models.AssessmentAttempt.find({ roundId: { $in: roundIds }, state: 'submitted' }, { _id: 0, role: 1, scores: 1 }).lean<RespondentRow[]>();
}

async function recount(ctx: AppContext, round: Pick<AssessmentRound, '_id' | 'instrumentId'>): Promise<Tally> {
  const [{ levels }, rows] = await Promise.all([loadInstrumentById(ctx, round.instrumentId), respondentRows(ctx, [round._id])]);
  const tally = tallyOf(rows, levels.length);
  await ctx.models.AssessmentTally.updateOne({ _id: round._id }, { $setOnInsert: tally }, { upsert: true });
  return tally;
}

/** The tally of each round, in the order given. */
export async function roundTallies(ctx: AppContext, rounds: readonly Pick<AssessmentRound, '_id' | 'instrumentId'>[]): Promise<Tally[]> {
  const stored = await ctx.models.AssessmentTally.find({ _id: { $in: rounds.map((round) => round._id) } }).lean<AssessmentTally[]>();
  const byId = new Map(stored.map((tally) => [String(tally._id), tally]));
  return Promise.all(rounds.map((round) => byId.get(String(round._id)) ?? recount(ctx, round)));
}
