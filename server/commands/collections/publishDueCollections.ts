// Publishes every scheduled collection whose publishAt has come; the scheduled-publishing worker calls it.
import type { AppContext } from '../../context.js';
import { publishDue } from '../shared/scheduledPublishing.js';
import { collectionNoun } from './loadCollection.js';
import { publishedFields } from './publishCollection.js';

/** Returns how many collections went live; one that was changed meanwhile is skipped (the next run sees it again). */
export async function publishDueCollections(ctx: AppContext, now = new Date()): Promise<number> {
  return publishDue(ctx, { model: ctx.models.Collection, subjectType: 'collection', noun: collectionNoun, publishedFields }, now);
}
