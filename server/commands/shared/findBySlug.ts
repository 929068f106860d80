// Finds a document by its slug; an old slug (previousSlugs) finds it too and says so, so the route can answer 301
// to the current address.
import type { Model, QueryFilter } from 'mongoose';
import type { Slugged } from './slugs.js';

export interface SlugLookup<T> {
  readonly doc: T;
  /** True when the slug asked for was an old one: the caller redirects to `doc.slug`. */
  readonly moved: boolean;
}

/** Looks among documents that are not soft-deleted; null when no document has this slug now or had it before. The
 * current slug is asked alone, so its unique index answers (mongo-java-server scans for a filter with a second field). */
export async function findBySlug<T extends Slugged & { deletedAt?: Date | null }>(model: Model<T>, slug: unknown): Promise<SlugLookup<T> | null> {
  if (typeof slug !== 'string' || !/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const current = await model.findOne({ slug } as QueryFilter<T>).lean<T>();
  if (current && !current.deletedAt) return { doc: current, moved: false };
  const renamed = await model.findOne({ previousSlugs: slug, deletedAt: null } as QueryFilter<T>).lean<T>();
  return renamed ? { doc: renamed, moved: true } : null;
}
