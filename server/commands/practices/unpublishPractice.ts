// A reviewer takes a published (or scheduled) practice offline; its author may then edit and resubmit it.
import type { Actor, AppContext } from '../../context.js';
import { reasonSchema } from './schemas.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { transitionPractice } from './practiceTransition.js';

export async function unpublishPractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return transitionPractice(ctx, actor, id, 'practice.unpublish', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'unpublishing request');
    return { from: ['published', 'scheduled'], to: 'unpublished', verb: 'unpublished', set: { publishAt: null, featured: false }, audit: { reason } };
  });
}
