// What the notifications need to know about a practice, resource or collection: its title in its first language,
// its page, its author, and the competences and tags people may follow.
import type { AppContext } from '../context.js';
import type { Collection } from '../models/collection.js';
import type { Practice } from '../models/practice.js';
import type { Resource } from '../models/resource.js';
import type { FollowTargetType } from '../vocab/followTargets.js';

export interface ContentSubject {
  readonly targetType: Extract<FollowTargetType, 'practice' | 'resource' | 'collection'>;
  readonly id: string;
  readonly state: string;
  readonly title: string;
  readonly path: string;
  readonly authorIds: string[];
  readonly competences: string[];
  readonly tags: string[];
}

const firstValue = (record: Record<string, string | undefined> | undefined): string => Object.values(record ?? {}).find(Boolean) ?? '';

export async function loadContentSubject(ctx: AppContext, subjectType: string, id: unknown): Promise<ContentSubject | null> {
  if (subjectType === 'practice') {
    const practice = await ctx.models.Practice.findById(id).lean<Practice>();
    if (!practice) return null;
    const title = firstValue(Object.fromEntries(Object.entries(practice.texts ?? {}).map(([lang, text]) => [lang, text.title])));
    const competences = [...(practice.digCompEdu ?? []).map((c) => `digCompEdu:${c}`), ...(practice.digComp ?? []).map((c) => `digComp:${c}`)];
    return { targetType: 'practice', id: String(practice._id), state: practice.state, title, path: `/practices/${practice.slug}`, authorIds: [String(practice.authorId)], competences, tags: (practice.tags ?? []).map((tag) => tag.toLowerCase()) };
  }
  if (subjectType === 'resource') {
    const resource = await ctx.models.Resource.findById(id).lean<Resource>();
    if (!resource) return null;
    return { targetType: 'resource', id: String(resource._id), state: resource.state, title: resource.title, path: `/resources/${resource.slug}`, authorIds: [String(resource.authorId)], competences: [], tags: (resource.tags ?? []).map((tag) => tag.toLowerCase()) };
  }
  if (subjectType === 'collection') {
    const collection = await ctx.models.Collection.findById(id).lean<Collection>();
    if (!collection) return null;
    return { targetType: 'collection', id: String(collection._id), state: collection.state, title: firstValue(collection.title), path: `/collections/${collection.slug}`, authorIds: collection.organiserIds.map(String), competences: [], tags: [] };
  }
  return null;
}
