// Short references to practices and resources (collection items, related practices), keeping only those the
// reader may see, in the given order: an unpublished practice is silently left out.
import type { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import type { Resource } from '../../models/resource.js';
import { canView as canViewPractice } from '../practices/loadPractice.js';
import { canViewResource } from '../resources/loadResource.js';

export interface ItemKey {
  readonly type: 'practice' | 'resource';
  readonly id: Types.ObjectId | string;
}

export interface ItemRef {
  readonly type: 'practice' | 'resource';
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly excerpt: string | null;
  readonly language: string;
  readonly state: string;
}

function practiceRef(practice: Practice): ItemRef {
  const text = practice.texts[practice.originalLanguage];
  return {
    type: 'practice',
    id: String(practice._id),
    slug: practice.slug,
    title: text?.title ?? practice.slug,
    excerpt: text?.excerpt ?? null,
    language: practice.originalLanguage,
    state: practice.state,
  };
}

function resourceRef(resource: Resource): ItemRef {
  return {
    type: 'resource',
    id: String(resource._id),
    slug: resource.slug,
    title: resource.title,
    excerpt: resource.excerpt || null,
    language: resource.language,
    state: resource.state,
  };
}

async function loadItems(ctx: AppContext, items: readonly ItemKey[]): Promise<[Practice[], Resource[]]> {
  const idsOf = (type: ItemKey['type']): string[] => items.filter((item) => item.type === type).map((item) => String(item.id));
  return Promise.all([
    ctx.models.Practice.find({ _id: { $in: idsOf('practice') }, deletedAt: null }).lean<Practice[]>(),
    ctx.models.Resource.find({ _id: { $in: idsOf('resource') }, deletedAt: null }).lean<Resource[]>(),
  ]);
}

const keyOf = (type: ItemKey['type'], id: Types.ObjectId | string): string => `${type}:${String(id)}`;

export type VisibleItem = { readonly type: 'practice'; readonly doc: Practice } | { readonly type: 'resource'; readonly doc: Resource };

/** The practices and resources named by `items` that the reader may see, as documents, in the given order. */
export async function visibleItems(ctx: AppContext, actor: Actor, items: readonly ItemKey[]): Promise<VisibleItem[]> {
  const [practices, resources] = await loadItems(ctx, items);
  const visible = new Map<string, VisibleItem>();
  for (const doc of practices) if (canViewPractice(actor, doc)) visible.set(keyOf('practice', doc._id), { type: 'practice', doc });
  for (const doc of resources) if (canViewResource(actor, doc)) visible.set(keyOf('resource', doc._id), { type: 'resource', doc });
  return items.flatMap((item) => visible.get(keyOf(item.type, item.id)) ?? []);
}

export async function visibleItemRefs(ctx: AppContext, actor: Actor, items: readonly ItemKey[]): Promise<ItemRef[]> {
  return (await visibleItems(ctx, actor, items)).map((item) => (item.type === 'practice' ? practiceRef(item.doc) : resourceRef(item.doc)));
}

/** The items that name no existing (undeleted) practice or resource, as `type:id`. */
export async function missingItems(ctx: AppContext, items: readonly ItemKey[]): Promise<string[]> {
  const [practices, resources] = await loadItems(ctx, items);
  const found = new Set([...practices.map((p) => keyOf('practice', p._id)), ...resources.map((r) => keyOf('resource', r._id))]);
  return items.map((item) => keyOf(item.type, item.id)).filter((key) => !found.has(key));
}
