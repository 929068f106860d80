// An organiser (not the author) takes a submitted practice into review and becomes one of its reviewers.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';

export async function startReview(ctx: AppContext, actor: Actor, id: unknown): Promise<Practice> {
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.startReview', () => ({
    from: ['submitted'],
    to: 'in-review',
    verb: 'taken into review',
    operators: { $addToSet: { reviewers: new Types.ObjectId(actor.userId ?? undefined) } },
  }));
}
