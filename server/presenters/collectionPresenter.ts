// Shapes a collection for the outside: per-language title and introduction (with safe HTML), the event, its
// organisers, and the items the reader may see, in their curated order.
import type { CollectionView } from '../commands/collections/collectionViews.js';
import type { ItemRef } from '../commands/shared/visibleItems.js';
import type { AppContext } from '../context.js';
import type { Collection, CollectionEvent } from '../models/collection.js';
import { loadDisplayNames, personRef, type DisplayNames } from './displayNames.js';

export interface PresentedCollection {
  id: string;
  slug: string;
  title: Record<string, string>;
  introduction: Record<string, string>;
  introductionHtml: Record<string, string>;
  event: CollectionEvent | null;
  organisers: Array<{ id: string; displayName: string }>;
  /** The items the reader may see, in order. */
  items: ItemRef[];
  state: string;
  publishAt: string | null;
  publishTimeZone: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  rev: number;
}

export function presentCollection(collection: Collection, names: DisplayNames, items: ItemRef[]): PresentedCollection {
  return {
    id: String(collection._id),
    slug: collection.slug,
    title: { ...collection.title },
    introduction: { ...collection.introduction },
    introductionHtml: { ...collection.introductionHtml },
    event: collection.event ? { name: collection.event.name, date: collection.event.date, place: collection.event.place } : null,
    organisers: collection.organiserIds.flatMap((id) => personRef(names, id) ?? []),
    items,
    state: collection.state,
    publishAt: collection.publishAt?.toISOString() ?? null,
    publishTimeZone: collection.publishTimeZone ?? null,
    publishedAt: collection.publishedAt?.toISOString() ?? null,
    createdAt: collection.createdAt.toISOString(),
    updatedAt: collection.updatedAt.toISOString(),
    rev: collection.rev,
  };
}

/** Presents a page of collections, loading their organisers' names at once. */
export async function presentCollectionViews(ctx: AppContext, views: readonly CollectionView[]): Promise<PresentedCollection[]> {
  const names = await loadDisplayNames(ctx, views.flatMap((view) => view.collection.organiserIds));
  return views.map((view) => presentCollection(view.collection, names, view.items));
}
