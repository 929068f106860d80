// Finds a training the actor may see (a draft is 404 to readers, so its existence does not leak), by id or slug,
// and describes it for the policies.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Training } from '../../models/training.js';
import { can } from '../../policies/index.js';
import type { TrainingAccess } from '../../policies/trainingPolicy.js';
import { parseObjectId } from '../../validation.js';
import { findBySlug, type SlugLookup } from '../shared/findBySlug.js';

export function trainingAccessOf(training: Pick<Training, 'state' | 'organiserIds'>): TrainingAccess {
  return { state: training.state, organiserIds: training.organiserIds.map(String) };
}

const canView = (actor: Actor, training: Training): boolean => can(actor, 'training.view', trainingAccessOf(training));

export async function loadVisibleTraining(ctx: AppContext, actor: Actor, id: unknown): Promise<Training> {
  const trainingId = parseObjectId(id, 'The training');
  const training = await ctx.models.Training.findOne({ _id: trainingId, deletedAt: null }).lean<Training>();
  if (!training || !canView(actor, training)) throw notFound('The training');
  return training;
}

export async function findVisibleTraining(ctx: AppContext, actor: Actor, slug: unknown): Promise<SlugLookup<Training>> {
  const found = await findBySlug(ctx.models.Training, slug);
  if (!found || !canView(actor, found.doc)) throw notFound('The training');
  return found;
}
