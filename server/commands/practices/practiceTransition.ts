// The common path of every practice workflow command: load what the actor may see, ask the policy, then apply
// the transition (state compare-and-set, rev bump, audit).
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { applyTransition, type TransitionSpec } from '../shared/workflow.js';
import { accessOf, loadVisiblePractice, practiceNoun } from './loadPractice.js';

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

export type PracticeTransition = Omit<TransitionSpec, 'noun' | 'audit'> & {
  readonly audit?: { action?: string; reason?: string; data?: Record<string, unknown> };
};

/** `build` sees the current practice (after the policy check) and may throw to refuse, e.g. on bad input. */
export async function transitionPractice(
  ctx: AppContext,
  actor: Actor,
  id: unknown,
  action: PracticeTransitionAction,
  build: (practice: Practice) => PracticeTransition,
): Promise<Practice> {
  const practice = await loadVisiblePractice(ctx, actor, id);
  authorize(actor, action, accessOf(practice));
  const spec = build(practice);
  return applyTransition(ctx, actor, ctx.models.Practice, practice, {
    ...spec,
    noun: practiceNoun,
    audit: { subjectType: 'practice', ...spec.audit, action: spec.audit?.action ?? action },
  });
}
