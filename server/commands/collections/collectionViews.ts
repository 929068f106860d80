// Collections as the reader sees them: organiser names and only the items the reader may see (an unpublished
// practice is silently left out), loaded for a whole page at once, then shaped by the presenter.
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { presentCollection, type PresentedCollection } from '../../presenters/collectionPresenter.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { visibleItemRefs } from '../shared/visibleItems.js';

export async function collectionViews(ctx: AppContext, actor: Actor, collections: readonly Collection[]): Promise<PresentedCollection[]> {
  const [names, refs] = await Promise.all([
    loadDisplayNames(ctx, collections.flatMap((collection) => collection.organiserIds)),
    visibleItemRefs(ctx, actor, collections.flatMap((collection) => collection.items)),
  ]);
  const byKey = new Map(refs.map((ref) => [`${ref.type}:${ref.id}`, ref]));
  return collections.map((collection) =>
    presentCollection(
      collection,
      names,
      collection.items.flatMap((item) => byKey.get(`${item.type}:${String(item.id)}`) ?? []),
    ),
  );
}

export async function collectionView(ctx: AppContext, actor: Actor, collection: Collection): Promise<PresentedCollection> {
  const [view] = await collectionViews(ctx, actor, [collection]);
  return view as PresentedCollection;
}
