// Edits a collection through the shared edit skeleton (optimistic concurrency on `rev`, 409 `stale_revision` on a
// stale one): items and organisers must exist; the slug follows the first title, and the old one keeps redirecting.
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { authorize } from '../../policies/index.js';
import { editWithRevision, type EditableKind } from '../shared/editWithRevision.js';
import { replaceFields } from '../shared/replaceFields.js';
import { checkCollectionReferences, collectionFieldsOf, slugTitle, storedCollectionFields, type CollectionFields } from './collectionContent.js';
import { collectionAccessOf, loadVisibleCollection } from './loadCollection.js';
import { updateCollectionSchema } from './schemas.js';

/** Collections keep no revision history and are not in the search index. */
const editableCollection: EditableKind<Collection, CollectionFields, Record<string, unknown>> = {
  name: 'collection', schema: updateCollectionSchema, searchable: false, model: (ctx) => ctx.models.Collection,
  load: loadVisibleCollection, authorize: (actor, collection) => authorize(actor, 'collection.update', collectionAccessOf(collection)),
  fieldsOf: collectionFieldsOf, merge: replaceFields, store: storedCollectionFields, slugTitle,
  check: (ctx, _actor, after) => checkCollectionReferences(ctx, after),
};

export async function updateCollection(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Collection> {
  return (await editWithRevision(ctx, actor, editableCollection, id, input)).updated;
}
