// Organisers mark a published practice as featured (or withdraw the mark) for the home page and collections.
import type { Actor, AppContext } from '../../context.js';
import { featurePracticeSchema } from './schemas.js';
import { practiceStates, type Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';

export async function featurePractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.feature', () => {
    const { featured } = parseInput(featurePracticeSchema, input, 'featuring request');
    return {
      from: featured ? ['published'] : practiceStates,
      verb: featured ? 'featured' : 'unfeatured',
      set: { featured },
      audit: { data: { featured } },
    };
  });
}
