// The resource workflow for the shared runTransition: how a resource is loaded for the actor and how its policy is
// asked; each transition command (resources/*) names its policy action and builds its step.
import type { Resource } from '../../models/resource.js';
import { authorize } from '../../policies/index.js';
import type { WorkflowKind } from '../shared/workflow.js';
import { loadVisibleResource } from './loadResource.js';

export type ResourceTransitionAction = 'resource.publish' | 'resource.unpublish' | 'resource.archive' | 'resource.restore';

export const resourceWorkflow: WorkflowKind<Resource, ResourceTransitionAction> = {
  subjectType: 'resource',
  model: (ctx) => ctx.models.Resource,
  load: loadVisibleResource,
  authorize: (actor, action) => authorize(actor, action),
};
