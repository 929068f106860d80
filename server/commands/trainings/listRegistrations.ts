// The organiser's view of who registered for a training: registered people first, then the waiting list in
// queue order; and one person's own registration.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Registration } from '../../models/registration.js';
import { authorize } from '../../policies/index.js';
import { loadVisibleTraining, trainingAccessOf } from './loadTraining.js';

const stateOrder = { registered: 0, waiting: 1, cancelled: 2 } as const;

export async function listRegistrations(ctx: AppContext, actor: Actor, id: unknown): Promise<Registration[]> {
  const training = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.manageParticipants', trainingAccessOf(training));
  const registrations = await ctx.models.Registration.find({ trainingId: training._id, state: { $ne: 'cancelled' } }).sort({ queuedAt: 1, _id: 1 }).lean<Registration[]>();
  return registrations.sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
}

export async function ownRegistration(ctx: AppContext, actor: Actor, id: unknown): Promise<Registration> {
  authorize(actor, 'learning.viewOwn');
  const training = await loadVisibleTraining(ctx, actor, id);
  const registration = await ctx.models.Registration.findOne({ trainingId: training._id, userId: new Types.ObjectId(String(actor.userId)) }).lean<Registration>();
  if (!registration) throw notFound('Your registration');
  return registration;
}

/** The people who completed a training (organisers only). */
export async function completedUserIds(ctx: AppContext, actor: Actor, id: unknown): Promise<Set<string>> {
  const training = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.manageParticipants', trainingAccessOf(training));
  const rows = await ctx.models.Participation.find({ trainingId: training._id }, { userId: 1 }).lean<Array<{ userId: Types.ObjectId }>>();
  return new Set(rows.map((row) => String(row.userId)));
}
