// A reviewer takes a published (or scheduled) practice offline; its author may then edit and resubmit it.
import type { Actor, AppContext } from '../../context.js';
import { reasonSchema } from '../shared/schemas.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';

export async function unpublishPractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.unpublish', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'unpublishing request');
    return { from: ['published', 'scheduled'], to: 'unpublished', verb: 'unpublished', set: { publishAt: null, publishTimeZone: null, featured: false }, audit: { reason } };
  });
}
