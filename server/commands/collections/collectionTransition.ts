// The collection workflow for the shared runTransition: how a collection is loaded for the actor and how its policy is
// asked; each transition command (collections/*) names its policy action and builds its step.
import type { Collection } from '../../models/collection.js';
import { authorize } from '../../policies/index.js';
import type { WorkflowKind } from '../shared/workflow.js';
import { collectionAccessOf, loadVisibleCollection } from './loadCollection.js';

export type CollectionTransitionAction = 'collection.publish' | 'collection.unpublish';

export const collectionWorkflow: WorkflowKind<Collection, CollectionTransitionAction> = {
  subjectType: 'collection',
  model: (ctx) => ctx.models.Collection,
  load: loadVisibleCollection,
  authorize: (actor, action, collection) => authorize(actor, action, collectionAccessOf(collection)),
};
