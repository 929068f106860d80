// Publishing a training (it then shows in the catalogue and takes registrations) and taking it back to draft.
import type { Actor, AppContext } from '../../context.js';
import type { Training, TrainingState } from '../../models/training.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../recordAudit.js';
import { loadVisibleTraining, trainingAccessOf } from './loadTraining.js';
import { bumpRev } from '../../search/syncFields.js';

async function moveTo(ctx: AppContext, actor: Actor, id: unknown, state: TrainingState): Promise<Training> {
  const training = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.publish', trainingAccessOf(training));
  if (training.state === state) return training;
  await ctx.models.Training.updateOne(
    { _id: training._id },
    { $set: { state, ...(state === 'published' ? { publishedAt: new Date() } : {}) }, ...bumpRev },
  );
  await recordAudit(ctx, actor, { action: `training.${state === 'published' ? 'publish' : 'unpublish'}`, subjectType: 'training', subjectId: String(training._id) });
  return loadVisibleTraining(ctx, actor, id);
}

export const publishTraining = (ctx: AppContext, actor: Actor, id: unknown): Promise<Training> => moveTo(ctx, actor, id, 'published');
export const unpublishTraining = (ctx: AppContext, actor: Actor, id: unknown): Promise<Training> => moveTo(ctx, actor, id, 'draft');
