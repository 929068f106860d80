// Collections with only the items the reader may see (an unpublished practice is silently left out), loaded for a
// whole page at once, or one collection's visible items grouped by its sections; the caller presents them.
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { visibleItemRefs, visibleItems, type ItemRef, type VisibleItem } from '../shared/visibleItems.js';
import { groupBySection, type SectionGroup } from './collectionSections.js';

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

/** The items the reader may see, in the collection's order, grouped by section (groups left empty are left out). */
export async function visibleItemGroups(ctx: AppContext, actor: Actor, collection: Collection): Promise<SectionGroup<VisibleItem>[]> {
  const items = await visibleItems(ctx, actor, collection.items);
  const sectionOf = new Map(collection.items.map((item) => [`${item.type}:${String(item.id)}`, item.section]));
  return groupBySection(collection.sections ?? [], items, (item) => sectionOf.get(`${item.type}:${String(item.doc._id)}`)).filter((group) => group.items.length > 0);
}
