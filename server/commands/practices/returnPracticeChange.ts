// A reviewer sends a pending change back to its author with what is missing; the published version stays as it is.
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { loadChange, stepChange } from './practiceChanges.js';
import { returnChangeSchema } from './schemas.js';

export async function returnPracticeChange(ctx: AppContext, actor: Actor, id: unknown, target: unknown, input: unknown): Promise<Practice> {
  const { practice, target: key } = await loadChange(ctx, actor, id, target, 'practice.reviewChange');
  const { comment } = parseInput(returnChangeSchema, input, 'review comment');
  return stepChange(ctx, actor, practice, key, {
    from: ['submitted'],
    set: { state: 'changes-requested', reviewComment: comment },
    audit: { action: 'practice.returnChange', reason: comment },
  });
}
