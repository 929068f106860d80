// The collection workflow: publish now or schedule for a future time (draft or scheduled → published / scheduled),
// unpublish (scheduled or published → draft), and the scheduled publishing of collections whose time has come.
import type { Actor, AppContext } from '../../context.js';
import { publishRequestSchema } from '../shared/schemas.js';
import { reasonSchema } from '../practices/schemas.js';
import type { Collection } from '../../models/collection.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { publishDue } from '../shared/scheduledPublishing.js';
import { applyTransition } from '../shared/workflow.js';
import { collectionAccessOf, collectionNoun, loadVisibleCollection } from './loadCollection.js';

const publishedFields = (at: Date): Record<string, unknown> => ({ publishedAt: at, publishAt: null });
const audit = (action: string, data?: Record<string, unknown>, reason?: string) => ({ action, subjectType: 'collection', data, reason });

export async function publishCollection(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Collection> {
  const collection = await loadVisibleCollection(ctx, actor, id);
  authorize(actor, 'collection.publish', collectionAccessOf(collection));
  const data = parseInput(publishRequestSchema, input ?? {}, 'publishing request');
  const now = new Date();
  const publishAt = data.publishAt ? new Date(data.publishAt) : null;
  const from = ['draft', 'scheduled'];
  if (publishAt && publishAt > now) {
    return applyTransition(ctx, actor, ctx.models.Collection, collection, {
      from, to: 'scheduled', verb: 'scheduled', noun: collectionNoun, set: { publishAt },
      audit: audit('collection.schedule', { publishAt: publishAt.toISOString() }),
    });
  }
  return applyTransition(ctx, actor, ctx.models.Collection, collection, {
    from, to: 'published', verb: 'published', noun: collectionNoun, set: publishedFields(now), audit: audit('collection.publish'),
  });
}

export async function unpublishCollection(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Collection> {
  const collection = await loadVisibleCollection(ctx, actor, id);
  authorize(actor, 'collection.unpublish', collectionAccessOf(collection));
  const { reason } = parseInput(reasonSchema, input ?? {}, 'request');
  return applyTransition(ctx, actor, ctx.models.Collection, collection, {
    from: ['scheduled', 'published'], to: 'draft', verb: 'unpublished', noun: collectionNoun, set: { publishAt: null },
    audit: audit('collection.unpublish', undefined, reason),
  });
}

/** Publishes every scheduled collection whose publishAt has come; the scheduled-publishing worker calls it. */
export async function publishDueCollections(ctx: AppContext, now = new Date()): Promise<number> {
  return publishDue(ctx, { model: ctx.models.Collection, subjectType: 'collection', noun: collectionNoun, publishedFields }, now);
}
