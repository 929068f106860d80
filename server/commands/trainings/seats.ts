// The seat counter of a training, moved only by single-document conditional updates (portable to any MongoDB, no
// transactions): a seat is taken only while `seatsTaken < capacity`, so two people can never take the last one;
// and the waiting list moves up, oldest first, whenever seats are free.
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Registration } from '../../models/registration.js';

/** Takes one seat if one is free; false when the training is full. */
export async function takeSeat(ctx: AppContext, trainingId: Types.ObjectId): Promise<boolean> {
  const result = await ctx.models.Training.updateOne(
    { _id: trainingId, $or: [{ capacity: null }, { $expr: { $lt: ['$seatsTaken', '$capacity'] } }] },
    { $inc: { seatsTaken: 1 } },
  );
  return result.modifiedCount === 1;
}

export async function releaseSeat(ctx: AppContext, trainingId: Types.ObjectId): Promise<void> {
  await ctx.models.Training.updateOne({ _id: trainingId, seatsTaken: { $gt: 0 } }, { $inc: { seatsTaken: -1 } });
}

/**
 * Moves a waiting registration to registered once it holds a seat; false (the seat released) when it stopped
 * waiting meanwhile, e.g. cancelled.
 */
export async function seatWaiting(ctx: AppContext, registration: Pick<Registration, '_id' | 'trainingId'>): Promise<boolean> {
  const moved = await ctx.models.Registration.updateOne(
    { _id: registration._id, state: 'waiting' },
    { $set: { state: 'registered', registeredAt: new Date() } },
  );
  if (moved.modifiedCount === 1) return true;
  await releaseSeat(ctx, registration.trainingId);
  return false;
}

/** Gives free seats to the waiting list in queue order; returns the registrations moved up. */
export async function fillFreeSeats(ctx: AppContext, trainingId: Types.ObjectId): Promise<Types.ObjectId[]> {
  const movedUp: Types.ObjectId[] = [];
  for (;;) {
    const next = await ctx.models.Registration.findOne({ trainingId, state: 'waiting' }).sort({ queuedAt: 1, _id: 1 }).lean<Registration>();
    if (!next || !(await takeSeat(ctx, trainingId))) return movedUp;
    if (await seatWaiting(ctx, next)) movedUp.push(next._id);
  }
}
