// Creates a training or event draft: organisers and administrators only; the creator is always one of its organisers.
import type { Actor, AppContext } from '../../context.js';
import type { Training } from '../../models/training.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { freeSlug, withSlugRetry } from '../shared/slugs.js';
import { loadVisibleTraining } from './loadTraining.js';
import { createTrainingSchema } from './schemas.js';
import { checkTrainingReferences, slugTitle, storedTrainingFields } from './trainingContent.js';

export async function createTraining(ctx: AppContext, actor: Actor, input: unknown): Promise<Training> {
  authorize(actor, 'training.create');
  const data = parseInput(createTrainingSchema, input, 'training');
  const fields = { ...data, organiserIds: [...new Set([String(actor.userId), ...(data.organiserIds ?? [])])] };
  await checkTrainingReferences(ctx, fields);
  const stored = storedTrainingFields(fields);
  const created = await withSlugRetry(async () =>
    ctx.models.Training.create({ ...stored, slug: await freeSlug(ctx.models.Training, slugTitle(fields)), state: 'draft' }),
  );
  await recordAudit(ctx, actor, { action: 'training.create', subjectType: 'training', subjectId: String(created._id) });
  return loadVisibleTraining(ctx, actor, String(created._id));
}
