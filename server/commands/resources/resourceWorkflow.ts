// The resource workflow, one command per transition: publish (draft → published), unpublish (published → draft),
// archive (draft or published → archived) and restore (archived → draft). Each is checked by the policy and audited.
import type { Actor, AppContext } from '../../context.js';
import { reasonSchema } from '../practices/schemas.js';
import type { Resource } from '../../models/resource.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { applyTransition } from '../shared/workflow.js';
import { loadVisibleResource, resourceNoun } from './loadResource.js';

interface ResourceTransition {
  readonly action: 'resource.publish' | 'resource.unpublish' | 'resource.archive' | 'resource.restore';
  readonly from: readonly Resource['state'][];
  readonly to: Resource['state'];
  readonly verb: string;
  readonly set?: () => Record<string, unknown>;
}

const transitions = {
  publish: { action: 'resource.publish', from: ['draft'], to: 'published', verb: 'published', set: () => ({ publishedAt: new Date() }) },
  unpublish: { action: 'resource.unpublish', from: ['published'], to: 'draft', verb: 'unpublished' },
  archive: { action: 'resource.archive', from: ['draft', 'published'], to: 'archived', verb: 'archived' },
  restore: { action: 'resource.restore', from: ['archived'], to: 'draft', verb: 'restored' },
} as const satisfies Record<string, ResourceTransition>;

export type ResourceTransitionName = keyof typeof transitions;
export const resourceTransitionNames = Object.keys(transitions) as ResourceTransitionName[];

/** Runs one named transition; the body may carry a `reason` for the audit log. */
export async function transitionResource(
  ctx: AppContext,
  actor: Actor,
  id: unknown,
  name: ResourceTransitionName,
  input: unknown,
): Promise<Resource> {
  const transition: ResourceTransition = transitions[name];
  const resource = await loadVisibleResource(ctx, actor, id);
  authorize(actor, transition.action);
  const { reason } = parseInput(reasonSchema, input ?? {}, 'request');
  return applyTransition(ctx, actor, ctx.models.Resource, resource, {
    from: transition.from,
    to: transition.to,
    set: transition.set?.(),
    noun: resourceNoun,
    verb: transition.verb,
    audit: { action: transition.action, subjectType: 'resource', reason },
  });
}
