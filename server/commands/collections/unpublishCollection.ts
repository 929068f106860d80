// A collection's organiser takes a scheduled or published collection back to draft; the body may give a reason.
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { parseInput } from '../../validation.js';
import { reasonSchema } from '../shared/schemas.js';
import { runTransition } from '../shared/workflow.js';
import { collectionWorkflow } from './collectionTransition.js';

export async function unpublishCollection(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Collection> {
  return runTransition(ctx, actor, collectionWorkflow, id, 'collection.unpublish', () => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'unpublishing request');
    return { from: ['scheduled', 'published'], to: 'draft', verb: 'unpublished', set: { publishAt: null, publishTimeZone: null }, audit: { reason } };
  });
}
