// A collection's organiser publishes it now or schedules it for a future `publishAt` (the scheduled-publishing
// worker publishes it then).
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { parseInput } from '../../validation.js';
import { publishNowOrLater } from '../shared/scheduledPublishing.js';
import { publishRequestSchema } from '../shared/schemas.js';
import { runTransition } from '../shared/workflow.js';
import { collectionWorkflow } from './collectionTransition.js';

/** The fields a collection gets when it goes live at `at`. */
export const publishedFields = (at: Date): Record<string, unknown> => ({ publishedAt: at, publishAt: null, publishTimeZone: null });

export async function publishCollection(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Collection> {
  return runTransition(ctx, actor, collectionWorkflow, id, 'collection.publish', () => {
    const data = parseInput(publishRequestSchema, input ?? {}, 'publishing request');
    return publishNowOrLater({ subjectType: 'collection', publishedFields }, data, ['draft', 'scheduled']);
  });
}
