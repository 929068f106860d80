// Edits a collection with optimistic concurrency (409 `stale_revision` on a stale revision); the slug follows the
// first title, and the old one keeps redirecting.
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { updateCollectionSchema } from './schemas.js';
import type { Collection } from '../../models/collection.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { replaceFields } from '../shared/replaceFields.js';
import { changedFields } from '../shared/revisions.js';
import { saveEdit } from '../shared/saveEdit.js';
import { checkCollectionReferences, collectionFieldsOf, slugTitle, storedCollectionFields } from './collectionContent.js';
import { collectionAccessOf, loadVisibleCollection } from './loadCollection.js';

const staleRevision = (currentRev: number) =>
  conflict('stale_revision', 'This collection was changed after you opened it. Reload it, reapply your edit and save again.', { currentRev });

export async function updateCollection(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Collection> {
  const current = await loadVisibleCollection(ctx, actor, id);
  authorize(actor, 'collection.update', collectionAccessOf(current));
  const { rev, changes } = parseInput(updateCollectionSchema, input, 'collection change');
  if (rev !== current.rev) throw staleRevision(current.rev);
  const before = collectionFieldsOf(current);
  const after = replaceFields(before, changes);
  if (changedFields(before, after).length === 0) return current;
  await checkCollectionReferences(ctx, after);
  const { set, unset } = storedCollectionFields(after);
  await saveEdit(ctx.models.Collection, current, { rev, title: slugTitle(after), set, unset, stale: staleRevision });
  return loadVisibleCollection(ctx, actor, String(current._id));
}
