// Unique slugs for any collection with `slug` and `previousSlugs`: a slug once used (current or previous) is never
// given to another document, so old links keep redirecting to the right one; plus the retry for slug races.
import type { Model, QueryFilter, Types } from 'mongoose';
import { slugify, uniqueSlug } from '../../content/slug.js';
import { isDuplicateKeyError } from '../../errors.js';

export interface Slugged {
  _id: Types.ObjectId;
  slug: string;
  previousSlugs: string[];
}

/** A slug for `title` that no other document of `model` uses or used; `ownId` may keep its own. */
export async function freeSlug<T extends Slugged>(model: Model<T>, title: string, ownId?: Types.ObjectId): Promise<string> {
  return uniqueSlug(title, async (candidate) => {
    const filter = { $or: [{ slug: candidate }, { previousSlugs: candidate }] } as QueryFilter<T>;
    const usedBy = await model.findOne(filter, { _id: 1 }).lean<{ _id: Types.ObjectId }>();
    return usedBy !== null && !(ownId && usedBy._id.equals(ownId));
  });
}

/** Whether the title has changed so much that the current slug (or its numbered variant) no longer fits it. */
export function slugNeedsChange(currentSlug: string, title: string): boolean {
  const base = slugify(title);
  return currentSlug !== base && !new RegExp(`^${base}-\\d+$`).test(currentSlug);
}

/** The `$set` fields that move `current` to a fresh slug for `title` (keeping the old one as a redirect), or none. */
export async function slugChange<T extends Slugged>(model: Model<T>, current: Slugged, title: string): Promise<Record<string, unknown>> {
  if (!slugNeedsChange(current.slug, title)) return {};
  const slug = await freeSlug(model, title, current._id);
  return { slug, previousSlugs: [...current.previousSlugs.filter((old) => old !== slug), current.slug] };
}

/** Runs a write that claims a slug; when a concurrent writer took the same slug first (E11000), tries again. */
export async function withSlugRetry<T>(write: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isDuplicateKeyError(error) || attempt >= attempts) throw error;
    }
  }
}
