// Shapes a collection for the outside: per-language title and introduction (with safe HTML), the event, its
// organisers, its titled sections, and the items the reader may see, in their curated order, each naming its section.
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
  /** The sections in order; each item names the one it is in (null: none). */
  sections: Array<{ id: string; title: Record<string, string> }>;
  /** The items the reader may see, in order. */
  items: Array<ItemRef & { section: string | null }>;
  state: string;
  publishAt: string | null;
  publishTimeZone: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  rev: number;
}

export function presentCollection(collection: Collection, names: DisplayNames, items: ItemRef[]): PresentedCollection {
  const sectionOf = new Map(collection.items.map((item) => [`${item.type}:${String(item.id)}`, item.section ?? null]));
  return {
    id: String(collection._id),
    slug: collection.slug,
    title: { ...collection.title },
    introduction: { ...collection.introduction },
    introductionHtml: { ...collection.introductionHtml },
    event: collection.event ? { name: collection.event.name, date: collection.event.date, place: collection.event.place } : null,
    organisers: collection.organiserIds.flatMap((id) => personRef(names, id) ?? []),
    sections: (collection.sections ?? []).map((section) => ({ id: section.id, title: { ...section.title } })),
    items: items.map((item) => ({ ...item, section: sectionOf.get(`${item.type}:${item.id}`) ?? null })),
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
