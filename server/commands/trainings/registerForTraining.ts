// Registers the actor for a published training: the registration is first written as waiting (the unique
// training+person index makes a double registration a clear 409), then takes a seat if one is free; otherwise the
// person stays on the waiting list. Required registration questions must be answered.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, conflict, isDuplicateKeyError } from '../../errors.js';
import type { Registration } from '../../models/registration.js';
import type { Training } from '../../models/training.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadVisibleTraining, trainingAccessOf } from './loadTraining.js';
import { registrationSchema } from './schemas.js';
import { seatWaiting, takeSeat } from './seats.js';

const alreadyRegistered = () => conflict('already_registered', 'You are already registered for this training (or on its waiting list).');

function checkAnswers(training: Training, answers: Record<string, string>): Record<string, string> {
  const keys = new Set(training.registrationQuestions.map((q) => q.key));
  const unknown = Object.keys(answers).filter((key) => !keys.has(key));
  if (unknown.length) throw badRequest('unknown_question', `These are not questions of this training: ${unknown.join(', ')}.`);
  const missing = training.registrationQuestions.filter((q) => q.required && !answers[q.key]);
  if (missing.length) {
    throw badRequest('answer_required', 'Please answer every required question.', missing.map((q) => ({ path: `answers.${q.key}`, message: 'is required' })));
  }
  return answers;
}

/** Writes the registration as waiting: a fresh one, or a cancelled one brought back to the end of the queue. */
async function queue(ctx: AppContext, training: Training, userId: Types.ObjectId, answers: Record<string, string>): Promise<Registration> {
  const fields = { state: 'waiting' as const, answers, queuedAt: new Date(), registeredAt: null, cancelledAt: null };
  const revived = await ctx.models.Registration.findOneAndUpdate(
    { trainingId: training._id, userId, state: 'cancelled' },
    { $set: fields },
    { returnDocument: 'after' },
  ).lean<Registration>();
  if (revived) return revived;
  try {
    const created = await ctx.models.Registration.create({ trainingId: training._id, userId, ...fields });
    return (await ctx.models.Registration.findById(created._id).lean<Registration>()) as Registration;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw alreadyRegistered();
    throw error;
  }
}

export async function registerForTraining(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Registration> {
  const training = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.register', trainingAccessOf(training));
  const { answers } = parseInput(registrationSchema, input, 'registration');
  checkAnswers(training, answers);
  if (training.cancelledAt) throw conflict('training_cancelled', 'This training was cancelled.');
  if (training.endsAt && training.endsAt.getTime() < Date.now()) throw conflict('training_ended', 'This training has already ended.');
  const userId = new Types.ObjectId(String(actor.userId));
  const registration = await queue(ctx, training, userId, answers);
  if ((await takeSeat(ctx, training._id)) && (await seatWaiting(ctx, registration))) {
    return { ...registration, state: 'registered', registeredAt: new Date() };
  }
  return registration;
}
