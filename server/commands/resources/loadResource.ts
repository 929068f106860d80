// Finds a resource the actor may see (a deleted or hidden one is 404, so existence does not leak), by id or by
// slug, and describes it for the policies.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Resource } from '../../models/resource.js';
import { can } from '../../policies/index.js';
import type { ResourceAccess } from '../../policies/resourcePolicy.js';
import { parseObjectId } from '../../validation.js';
import { findBySlug, type SlugLookup } from '../shared/findBySlug.js';

export const resourceNoun = 'This resource';

export function resourceAccessOf(resource: Pick<Resource, 'authorId' | 'state'>): ResourceAccess {
  return { authorId: String(resource.authorId), state: resource.state };
}

export function canViewResource(actor: Actor, resource: Resource): boolean {
  return can(actor, 'resource.view', resourceAccessOf(resource));
}

export async function loadVisibleResource(ctx: AppContext, actor: Actor, id: unknown): Promise<Resource> {
  const resourceId = parseObjectId(id, 'The resource');
  const resource = await ctx.models.Resource.findOne({ _id: resourceId, deletedAt: null }).lean<Resource>();
  if (!resource || !canViewResource(actor, resource)) throw notFound('The resource');
  return resource;
}

/** By slug or old slug (`moved`: redirect to the current slug). */
export async function findVisibleResource(ctx: AppContext, actor: Actor, slug: unknown): Promise<SlugLookup<Resource>> {
  const found = await findBySlug(ctx.models.Resource, slug);
  if (!found || !canViewResource(actor, found.doc)) throw notFound('The resource');
  return found;
}
