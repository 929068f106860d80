// Starts taking an instrument, or resumes the attempt already in progress: on one's own (the current version of an
// individual instrument) or in a school's open round (the round's version, in the respondent's role; one attempt
// per person and round).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, conflict, isDuplicateKeyError } from '../../errors.js';
import type { AssessmentAttempt } from '../../models/assessmentAttempt.js';
import type { Instrument, RespondentRole } from '../../models/instrument.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { assertNotRetired, loadInstrument, loadInstrumentById } from './instruments.js';
import { assertRoundOpen, loadRound } from './rounds.js';
import { startAttemptSchema } from './schemas.js';

function roleFor(instrument: Instrument, role: RespondentRole | undefined): RespondentRole | null {
  if (instrument.audience === 'individual') return null;
  if (!role || !instrument.roles.includes(role)) {
    throw badRequest('role_required', 'Say in which role you answer (school leader or teacher).', [{ path: 'role', message: `must be one of ${instrument.roles.join(', ')}` }]);
  }
  return role;
}

async function startInRound(ctx: AppContext, actor: Actor, userId: Types.ObjectId, roundId: string, role: RespondentRole | undefined): Promise<AssessmentAttempt> {
  const { round, access } = await loadRound(ctx, actor, roundId);
  authorize(actor, 'assessmentRound.answer', access);
  assertRoundOpen(round);
  const roundMember = `${String(round._id)}:${String(userId)}`;
  const existing = await ctx.models.AssessmentAttempt.findOne({ roundMember }).lean<AssessmentAttempt>();
  if (existing?.state === 'submitted') throw conflict('attempt_submitted', 'You have already answered this round.');
  if (existing) return existing;
  const instrument = await loadInstrumentById(ctx, round.instrumentId);
  try {
    const created = await ctx.models.AssessmentAttempt.create({
      userId, instrumentId: instrument._id, instrumentKey: instrument.key, version: instrument.version, roundId: round._id, organisationId: round.organisationId, role: roleFor(instrument, role), roundMember,
    });
    return created.toObject();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const raced = await ctx.models.AssessmentAttempt.findOne({ roundMember }).lean<AssessmentAttempt>();
    if (!raced) throw error;
    return raced;
  }
}

export async function startAttempt(ctx: AppContext, actor: Actor, input: unknown): Promise<AssessmentAttempt> {
  authorize(actor, 'selfAssessment.take');
  const data = parseInput(startAttemptSchema, input, 'attempt');
  const userId = new Types.ObjectId(actor.userId ?? undefined);
  if (data.roundId) return startInRound(ctx, actor, userId, data.roundId, data.role);
  const instrument = await loadInstrument(ctx, data.instrument);
  if (instrument.audience === 'school') throw badRequest('round_required', 'A school’s self-reflection is answered in a round that your school opens.', [{ path: 'roundId', message: 'is required for this instrument' }]);
  const open = await ctx.models.AssessmentAttempt.findOne({ userId, instrumentKey: instrument.key, roundId: null, state: 'in-progress' }).lean<AssessmentAttempt>();
  if (open) return open;
  assertNotRetired(instrument);
  const created = await ctx.models.AssessmentAttempt.create({ userId, instrumentId: instrument._id, instrumentKey: instrument.key, version: instrument.version });
  return created.toObject();
}
