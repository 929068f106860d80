// What a training page shows the reader about themselves (their registration, waiting place, completion and
// feedback) and the published collections its sessions link to.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import type { Registration } from '../../models/registration.js';
import type { Training } from '../../models/training.js';
import type { TrainingFeedback } from '../../models/trainingFeedback.js';

export interface ReaderStatus {
  registration: Registration | null;
  waitingPosition: number | null;
  completed: boolean;
  feedback: TrainingFeedback | null;
}

export async function readerStatus(ctx: AppContext, actor: Actor, training: Training): Promise<ReaderStatus> {
  if (!actor.userId) return { registration: null, waitingPosition: null, completed: false, feedback: null };
  const userId = new Types.ObjectId(actor.userId);
  const [registration, participation, feedback] = await Promise.all([
    ctx.models.Registration.findOne({ trainingId: training._id, userId }).lean<Registration>(),
    ctx.models.Participation.exists({ trainingId: training._id, userId }),
    ctx.models.TrainingFeedback.findOne({ trainingId: training._id, userId }).lean<TrainingFeedback>(),
  ]);
  const waitingPosition =
    registration?.state === 'waiting'
      ? 1 + (await ctx.models.Registration.countDocuments({ trainingId: training._id, state: 'waiting', queuedAt: { $lt: registration.queuedAt } }))
      : null;
  return { registration, waitingPosition, completed: participation !== null, feedback };
}

/** Collection id → slug for the published collections the sessions link to. */
export async function sessionCollectionSlugs(ctx: AppContext, training: Training): Promise<Map<string, string>> {
  const ids = training.sessions.flatMap((s) => (s.collectionId ? [s.collectionId] : []));
  if (ids.length === 0) return new Map();
  const collections = await ctx.models.Collection.find({ _id: { $in: ids }, state: 'published', deletedAt: null }, { slug: 1 }).lean<Collection[]>();
  return new Map(collections.map((c) => [String(c._id), c.slug]));
}
