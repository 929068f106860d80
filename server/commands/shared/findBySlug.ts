// Finds a document by its slug; an old slug (previousSlugs) finds it too and says so, so the route can answer 301
// to the current address.
import type { Model, QueryFilter } from 'mongoose';
import type { Slugged } from './slugs.js';

export interface SlugLookup<T> {
  readonly doc: T;
  /** True when the slug asked for was an old one: the caller redirects to `doc.slug`. */
  readonly moved: boolean;
}

/** Looks among documents that are not soft-deleted; null when no document has this slug now or had it before. */
export async function findBySlug<T extends Slugged>(model: Model<T>, slug: unknown): Promise<SlugLookup<T> | null> {
  if (typeof slug !== 'string' || !/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const find = async (filter: Record<string, unknown>): Promise<T | null> =>
    model.findOne({ ...filter, deletedAt: null } as QueryFilter<T>).lean<T>();
  const current = await find({ slug });
  if (current) return { doc: current, moved: false };
  const renamed = await find({ previousSlugs: slug });
  return renamed ? { doc: renamed, moved: true } : null;
}
