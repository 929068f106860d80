// Finds a collection the actor may see (a draft or scheduled one is 404 to readers, so existence does not leak),
// by id or by slug, and describes it for the policies.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Collection } from '../../models/collection.js';
import type { CollectionAccess } from '../../policies/collectionPolicy.js';
import { can } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { findBySlug, type SlugLookup } from '../shared/findBySlug.js';

export const collectionNoun = 'This collection';

export function collectionAccessOf(collection: Pick<Collection, 'state' | 'organiserIds'>): CollectionAccess {
  return { state: collection.state, organiserIds: collection.organiserIds.map(String) };
}

const canViewCollection = (actor: Actor, collection: Collection): boolean => can(actor, 'collection.view', collectionAccessOf(collection));

export async function loadVisibleCollection(ctx: AppContext, actor: Actor, id: unknown): Promise<Collection> {
  const collectionId = parseObjectId(id, 'The collection');
  const collection = await ctx.models.Collection.findOne({ _id: collectionId, deletedAt: null }).lean<Collection>();
  if (!collection || !canViewCollection(actor, collection)) throw notFound('The collection');
  return collection;
}

/** By slug or old slug (`moved`: redirect to the current slug). */
export async function findVisibleCollection(ctx: AppContext, actor: Actor, slug: unknown): Promise<SlugLookup<Collection>> {
  const found = await findBySlug(ctx.models.Collection, slug);
  if (!found || !canViewCollection(actor, found.doc)) throw notFound('The collection');
  return found;
}
