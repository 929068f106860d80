// Resolves the practices and resources that posts link to, keeping published ones only, so a thread can show them
// as cards; keyed by "type:slug" as the post stored it (a practice's earlier slug still finds it).
import type { AppContext } from '../../context.js';
import type { LinkedItem } from '../../models/post.js';
import type { Practice } from '../../models/practice.js';
import type { Resource } from '../../models/resource.js';

type LinkedPractice = Pick<
  Practice,
  'slug' | 'previousSlugs' | 'texts' | 'originalLanguage' | 'country' | 'region' | 'sector' | 'practiceType' | 'evidenceLevel' | 'publishedAt' | 'digCompEdu'
>;
type LinkedResource = Pick<Resource, 'slug' | 'title' | 'language' | 'kind' | 'licence' | 'excerpt' | 'publishedAt'>;

export type LinkedRecord = { type: 'practice'; practice: LinkedPractice } | { type: 'resource'; resource: LinkedResource };

export const linkedItemKey = (item: LinkedItem): string => `${item.type}:${item.slug}`;

export async function loadLinkedItems(ctx: AppContext, items: readonly LinkedItem[]): Promise<ReadonlyMap<string, LinkedRecord>> {
  const slugsOf = (type: LinkedItem['type']): string[] => [...new Set(items.filter((item) => item.type === type).map((item) => item.slug))];
  const practiceSlugs = slugsOf('practice');
  const resourceSlugs = slugsOf('resource');
  const [practices, resources] = await Promise.all([
    practiceSlugs.length
      ? ctx.models.Practice.find({ state: 'published', $or: [{ slug: { $in: practiceSlugs } }, { previousSlugs: { $in: practiceSlugs } }] }).lean<LinkedPractice[]>()
      : [],
    resourceSlugs.length ? ctx.models.Resource.find({ state: 'published', slug: { $in: resourceSlugs } }).lean<LinkedResource[]>() : [],
  ]);
  const found = new Map<string, LinkedRecord>();
  for (const practice of practices) {
    for (const slug of [practice.slug, ...(practice.previousSlugs ?? [])]) found.set(linkedItemKey({ type: 'practice', slug }), { type: 'practice', practice });
  }
  for (const resource of resources) found.set(linkedItemKey({ type: 'resource', slug: resource.slug }), { type: 'resource', resource });
  return found;
}
