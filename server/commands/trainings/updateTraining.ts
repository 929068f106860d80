// Edits a training with optimistic concurrency (409 `stale_revision`); a capacity below the people already
// registered is refused (409 `capacity_below_registrations`) in the same conditional update, so a registration
// arriving meanwhile cannot slip past the check. More seats move the waiting list up.
import type { QueryFilter } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { Training } from '../../models/training.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { replaceFields } from '../shared/replaceFields.js';
import { loadVisibleTraining, trainingAccessOf } from './loadTraining.js';
import { updateTrainingSchema } from './schemas.js';
import { fillFreeSeats } from './seats.js';
import { checkTrainingReferences, storedTrainingFields, trainingFieldsOf } from './trainingContent.js';
import { bumpRev } from '../../search/syncFields.js';

const staleRevision = (currentRev: number) =>
  conflict('stale_revision', 'This training was changed after you opened it. Reload it, reapply your edit and save again.', { currentRev });

const capacityTooSmall = (registered: number) =>
  conflict('capacity_below_registrations', `${registered} people are already registered: the capacity cannot be lower than that.`, { registered });

export async function updateTraining(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Training> {
  const current = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.update', trainingAccessOf(current));
  const { rev, changes } = parseInput(updateTrainingSchema, input, 'training change');
  if (rev !== current.rev) throw staleRevision(current.rev);
  const after = replaceFields(trainingFieldsOf(current), changes);
  await checkTrainingReferences(ctx, after);
  const stored = storedTrainingFields(after);
  const capacity = stored.capacity ?? null;
  const filter: QueryFilter<Training> = { _id: current._id, rev, deletedAt: null, ...(capacity === null ? {} : { seatsTaken: { $lte: capacity } }) };
  const result = await ctx.models.Training.updateOne(filter, { $set: stored, ...bumpRev });
  if (result.matchedCount === 0) {
    const now = await ctx.models.Training.findById(current._id, { rev: 1, seatsTaken: 1 }).lean<Pick<Training, 'rev' | 'seatsTaken'>>();
    if (now && now.rev === rev && capacity !== null && now.seatsTaken > capacity) throw capacityTooSmall(now.seatsTaken);
    throw staleRevision(now?.rev ?? rev);
  }
  await recordAudit(ctx, actor, { action: 'training.update', subjectType: 'training', subjectId: String(current._id) });
  await fillFreeSeats(ctx, current._id);
  return loadVisibleTraining(ctx, actor, String(current._id));
}
