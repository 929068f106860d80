// An organiser publishes a draft resource, or takes a published one back to draft; the body may give a reason.
import type { Actor, AppContext } from '../../context.js';
import type { Resource } from '../../models/resource.js';
import { parseInput } from '../../validation.js';
import { reasonSchema } from '../shared/schemas.js';
import { runTransition } from '../shared/workflow.js';
import { resourceWorkflow } from './resourceTransition.js';

export async function publishResource(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Resource> {
  return runTransition(ctx, actor, resourceWorkflow, id, 'resource.publish', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'publishing request');
    return { from: ['draft'], to: 'published', verb: 'published', set: { publishedAt: new Date() }, audit: { reason } };
  });
}

export async function unpublishResource(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Resource> {
  return runTransition(ctx, actor, resourceWorkflow, id, 'resource.unpublish', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'unpublishing request');
    return { from: ['published'], to: 'draft', verb: 'unpublished', audit: { reason } };
  });
}
