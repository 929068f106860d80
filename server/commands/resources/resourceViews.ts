// Resources with the related practices the reader may see, loaded for a whole page at once; the caller presents them.
import type { Actor, AppContext } from '../../context.js';
import type { Resource } from '../../models/resource.js';
import { visibleItemRefs, type ItemRef } from '../shared/visibleItems.js';

export interface ResourceView {
  readonly resource: Resource;
  /** The related practices the reader may see, in their stored order. */
  readonly relatedPractices: ItemRef[];
}

export async function resourceViews(ctx: AppContext, actor: Actor, resources: readonly Resource[]): Promise<ResourceView[]> {
  const related = resources.flatMap((resource) => resource.relatedPracticeIds.map((id) => ({ type: 'practice' as const, id })));
  const byId = new Map((await visibleItemRefs(ctx, actor, related)).map((ref) => [ref.id, ref]));
  return resources.map((resource) => ({
    resource,
    relatedPractices: resource.relatedPracticeIds.flatMap((id) => byId.get(String(id)) ?? []),
  }));
}
