// Resources as the reader sees them: author names and the related practices they may see, loaded for a whole page
// at once, then shaped by the presenter.
import type { Actor, AppContext } from '../../context.js';
import type { Resource } from '../../models/resource.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentResource, type PresentedResource } from '../../presenters/resourcePresenter.js';
import { visibleItemRefs } from '../shared/visibleItems.js';

export async function resourceViews(ctx: AppContext, actor: Actor, resources: readonly Resource[]): Promise<PresentedResource[]> {
  const related = resources.flatMap((resource) => resource.relatedPracticeIds.map((id) => ({ type: 'practice' as const, id })));
  const [names, refs] = await Promise.all([
    loadDisplayNames(ctx, resources.map((resource) => resource.authorId)),
    visibleItemRefs(ctx, actor, related),
  ]);
  const byId = new Map(refs.map((ref) => [ref.id, ref]));
  return resources.map((resource) =>
    presentResource(
      resource,
      names,
      resource.relatedPracticeIds.flatMap((id) => byId.get(String(id)) ?? []),
    ),
  );
}

export async function resourceView(ctx: AppContext, actor: Actor, resource: Resource): Promise<PresentedResource> {
  const [view] = await resourceViews(ctx, actor, [resource]);
  return view as PresentedResource;
}
