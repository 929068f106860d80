// Collections with only the items the reader may see (an unpublished practice is silently left out), loaded for a
// whole page at once; the caller presents them.
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { visibleItemRefs, type ItemRef } from '../shared/visibleItems.js';

export interface CollectionView {
  readonly collection: Collection;
  /** The items the reader may see, in their curated order. */
  readonly items: ItemRef[];
}

export async function collectionViews(ctx: AppContext, actor: Actor, collections: readonly Collection[]): Promise<CollectionView[]> {
  const byKey = new Map((await visibleItemRefs(ctx, actor, collections.flatMap((collection) => collection.items))).map((ref) => [`${ref.type}:${ref.id}`, ref]));
  return collections.map((collection) => ({
    collection,
    items: collection.items.flatMap((item) => byKey.get(`${item.type}:${String(item.id)}`) ?? []),
  }));
}
