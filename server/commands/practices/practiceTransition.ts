// The practice workflow for the shared runTransition: how a practice is loaded for the actor and how its policy is
// asked; each transition command (practices/*) names its policy action and builds its step.
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import type { WorkflowKind } from '../shared/workflow.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';

export type PracticeTransitionAction =
  | 'practice.submit'
  | 'practice.startReview'
  | 'practice.requestChanges'
  | 'practice.publish'
  | 'practice.unpublish'
  | 'practice.archive'
  | 'practice.restore'
  | 'practice.feature'
  | 'practice.delete';

export const practiceWorkflow: WorkflowKind<Practice, PracticeTransitionAction> = {
  subjectType: 'practice',
  model: (ctx) => ctx.models.Practice,
  load: loadVisiblePractice,
  authorize: (actor, action, practice) => authorize(actor, action, accessOf(practice)),
};
