// An organiser archives a draft or published resource; restore brings it back as a draft.
import type { Actor, AppContext } from '../../context.js';
import type { Resource } from '../../models/resource.js';
import { parseInput } from '../../validation.js';
import { reasonSchema } from '../shared/schemas.js';
import { runTransition } from '../shared/workflow.js';
import { resourceWorkflow } from './resourceTransition.js';

export async function archiveResource(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Resource> {
  return runTransition(ctx, actor, resourceWorkflow, id, 'resource.archive', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'archiving request');
    return { from: ['draft', 'published'], to: 'archived', verb: 'archived', audit: { reason } };
  });
}

export async function restoreResource(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Resource> {
  return runTransition(ctx, actor, resourceWorkflow, id, 'resource.restore', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'restoring request');
    return { from: ['archived'], to: 'draft', verb: 'restored', audit: { reason } };
  });
}
