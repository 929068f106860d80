// Cancels the actor's registration or waiting-list place; a freed seat goes to the next person waiting.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Registration } from '../../models/registration.js';
import { authorize } from '../../policies/index.js';
import { loadVisibleTraining } from './loadTraining.js';
import { fillFreeSeats, releaseSeat } from './seats.js';

export async function cancelRegistration(ctx: AppContext, actor: Actor, id: unknown): Promise<Registration> {
  authorize(actor, 'learning.viewOwn');
  const training = await loadVisibleTraining(ctx, actor, id);
  const userId = new Types.ObjectId(String(actor.userId));
  const before = await ctx.models.Registration.findOneAndUpdate(
    { trainingId: training._id, userId, state: { $in: ['waiting', 'registered'] } },
    { $set: { state: 'cancelled', cancelledAt: new Date() } },
  ).lean<Registration>();
  if (!before) throw notFound('Your registration');
  if (before.state === 'registered') {
    await releaseSeat(ctx, training._id);
    await fillFreeSeats(ctx, training._id);
  }
  return { ...before, state: 'cancelled', cancelledAt: new Date() };
}
