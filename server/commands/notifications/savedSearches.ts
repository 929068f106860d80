// Saved searches: a person keeps a search (words, types, filters) under a name, lists, renames and deletes their
// own, and turns its alerts on or off. Someone else's saved search is a 404, as if it did not exist.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError, notFound, unauthenticated } from '../../errors.js';
import type { SavedSearch, SavedSearchQuery } from '../../models/savedSearch.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { searchFilterFields, type SearchFilterName } from '../search/schemas.js';
import { saveSearchSchema, updateSavedSearchSchema } from './schemas.js';

/** How many searches one person may keep. */
export const savedSearchLimit = 50;

function signedIn(actor: Actor): Types.ObjectId {
  if (!actor.userId) throw unauthenticated();
  return new Types.ObjectId(actor.userId);
}

/** The search page that shows a saved search's results, newest first. */
export function savedSearchPath(query: SavedSearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const type of query.types) params.append('type', type);
  for (const [name, values] of Object.entries(query.filters)) for (const value of values) params.append(name, value);
  params.set('sort', 'newest');
  return `/search?${params.toString()}`;
}

export async function saveSearch(ctx: AppContext, actor: Actor, input: unknown): Promise<SavedSearch> {
  const userId = signedIn(actor);
  const { name, query, alerts } = parseInput(saveSearchSchema, input, 'saved search');
  if ((await ctx.models.SavedSearch.countDocuments({ userId })) >= savedSearchLimit) {
    throw new AppError(422, 'saved_search_limit', `You can keep at most ${savedSearchLimit} saved searches; delete one first.`);
  }
  const filters = Object.fromEntries((Object.keys(searchFilterFields) as SearchFilterName[]).flatMap((filter) => (query[filter]?.length ? [[filter, query[filter]]] : [])));
  const now = new Date();
  const saved = await ctx.models.SavedSearch.create({ userId, name, query: { q: query.q, types: query.type ?? [], filters }, alerts, checkedAt: now, announced: [], createdAt: now, updatedAt: now });
  return saved.toObject();
}

/** The actor's saved searches, newest first. */
export async function listSavedSearches(ctx: AppContext, actor: Actor): Promise<SavedSearch[]> {
  return ctx.models.SavedSearch.find({ userId: signedIn(actor) }).sort({ createdAt: -1, _id: -1 }).limit(savedSearchLimit).lean<SavedSearch[]>();
}

export async function updateSavedSearch(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<SavedSearch> {
  const userId = signedIn(actor);
  const _id = parseObjectId(id, 'The saved search');
  const change = parseInput(updateSavedSearchSchema, input, 'saved search');
  const updated = await ctx.models.SavedSearch.findOneAndUpdate(
    { _id, userId },
    { $set: { ...(change.name !== undefined ? { name: change.name } : {}), ...(change.alerts !== undefined ? { alerts: change.alerts } : {}), updatedAt: new Date() } },
    { new: true },
  ).lean<SavedSearch>();
  if (!updated) throw notFound('The saved search');
  return updated;
}

export async function deleteSavedSearch(ctx: AppContext, actor: Actor, id: unknown): Promise<void> {
  const userId = signedIn(actor);
  const { deletedCount } = await ctx.models.SavedSearch.deleteOne({ _id: parseObjectId(id, 'The saved search'), userId });
  if (deletedCount === 0) throw notFound('The saved search');
}
