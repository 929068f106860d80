// The saved-search alerts: for every saved search with alerts on, asks the search engine, as its owner may search
// now, for what was published since it last looked, and notifies the owner once per search and run of the matches
// not announced before (in-app, e-mail or digest by their `savedSearch` preference). A late-indexed item is still
// found: each run looks back `lateIndexMs` and skips the ids it already announced.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SavedSearch } from '../../models/savedSearch.js';
import type { User } from '../../models/user.js';
import { deliverNotifications } from '../../notifications/deliverNotifications.js';
import { actorFor } from '../accounts/sessions.js';
import { searchContent } from '../search/searchContent.js';
import { savedSearchPath } from './savedSearches.js';

/** How far back each run looks for items the index received late. */
export const lateIndexMs = 60 * 60_000;
const batchSize = 200;
const matchesPerSearch = 100;

export interface SavedSearchRun {
  readonly searches: number;
  readonly notified: number;
}

type Owner = Pick<User, '_id' | 'roles' | 'displayName' | 'emailVerifiedAt' | 'locale' | 'status'>;

async function newMatches(ctx: AppContext, saved: SavedSearch, owner: Owner): Promise<{ ids: string[]; fresh: number }> {
  const since = Math.max(saved.createdAt.getTime(), saved.checkedAt.getTime() - lateIndexMs);
  const { q, types, filters } = saved.query;
  const outcome = await searchContent(ctx, actorFor(owner as User), { q, ...(types.length ? { type: types } : {}), ...filters, sort: 'newest', limit: matchesPerSearch }, { defaultLocale: owner.locale, publishedAfter: since });
  const announced = new Set(saved.announced);
  const ids = outcome.result.hits.map((hit) => `${hit.type}:${String(hit.document.id)}`);
  return { ids, fresh: ids.filter((id) => !announced.has(id)).length };
}

/** One saved search: claims the run with a compare-and-set on `checkedAt` (a second run never announces it twice), then notifies. */
async function alertOne(ctx: AppContext, saved: SavedSearch, owner: Owner, now: Date): Promise<boolean> {
  const { ids, fresh } = await newMatches(ctx, saved, owner);
  const claimed = await ctx.models.SavedSearch.updateOne({ _id: saved._id, checkedAt: saved.checkedAt }, { $set: { checkedAt: now, announced: ids } });
  if (claimed.modifiedCount === 0 || fresh === 0) return false;
  const delivered = await deliverNotifications(ctx, {
    kind: 'savedSearch',
    groupKey: `savedSearch:${String(saved._id)}`,
    communityId: null,
    actorId: null,
    actorName: '',
    title: saved.name,
    path: savedSearchPath(saved.query),
  }, [String(saved.userId)]);
  return delivered > 0;
}

export async function runSavedSearchAlerts(ctx: AppContext, now = new Date()): Promise<SavedSearchRun> {
  let searches = 0;
  let notified = 0;
  let after: Types.ObjectId | null = null;
  for (;;) {
    const batch: SavedSearch[] = await ctx.models.SavedSearch.find({ alerts: true, checkedAt: { $lt: now }, ...(after ? { _id: { $gt: after } } : {}) }).sort({ _id: 1 }).limit(batchSize).lean<SavedSearch[]>();
    if (batch.length === 0) break;
    after = batch[batch.length - 1]?._id ?? null;
    const owners = await ctx.models.User.find({ _id: { $in: [...new Set(batch.map((saved) => String(saved.userId)))] }, status: 'active' }, { roles: 1, displayName: 1, emailVerifiedAt: 1, locale: 1, status: 1 }).lean<Owner[]>();
    const ownerOf = new Map(owners.map((owner) => [String(owner._id), owner]));
    for (const saved of batch) {
      const owner = ownerOf.get(String(saved.userId));
      if (!owner) continue;
      searches += 1;
      try {
        if (await alertOne(ctx, saved, owner, now)) notified += 1;
      } catch (error) {
        if (error instanceof AppError && error.status === 503) throw error;
        ctx.log.error({ err: error, savedSearch: String(saved._id) }, 'saved search alert failed; it is tried again at the next run');
      }
    }
  }
  return { searches, notified };
}
