// Creates a collection draft: organisers and administrators only; the creator is always one of its organisers.
// Items must exist (they may still be drafts: readers only ever see the published ones).
import type { Actor, AppContext } from '../../context.js';
import { createCollectionSchema } from './schemas.js';
import type { Collection } from '../../models/collection.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { freeSlug, withSlugRetry } from '../shared/slugs.js';
import { checkCollectionReferences, slugTitle, storedCollectionFields } from './collectionContent.js';

export async function createCollection(ctx: AppContext, actor: Actor, input: unknown): Promise<Collection> {
  authorize(actor, 'collection.create');
  const data = parseInput(createCollectionSchema, input, 'collection');
  const fields = { ...data, organiserIds: [...new Set([String(actor.userId), ...(data.organiserIds ?? [])])] };
  await checkCollectionReferences(ctx, fields);
  const { set } = storedCollectionFields(fields);
  const created = await withSlugRetry(async () =>
    ctx.models.Collection.create({ ...set, slug: await freeSlug(ctx.models.Collection, slugTitle(fields)), state: 'draft' }),
  );
  const collection = created.toObject() as Collection;
  await recordAudit(ctx, actor, { action: 'collection.create', subjectType: 'collection', subjectId: String(collection._id) });
  return collection;
}
