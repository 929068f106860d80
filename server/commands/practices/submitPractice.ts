// The author submits a practice for review; it must be complete, else 422 lists every missing field.
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { authorEditableStates } from '../../policies/practicePolicy.js';
import { assertTransitionAllowed } from '../shared/workflow.js';
import { practiceNoun } from './loadPractice.js';
import { assertComplete } from './practiceCompleteness.js';
import { editableFieldsOf } from './practiceContent.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';
import { requireVerifiedEmail } from '../accounts/requireVerifiedEmail.js';

export async function submitPractice(ctx: AppContext, actor: Actor, id: unknown): Promise<Practice> {
  requireVerifiedEmail(ctx, actor);
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.submit', (practice) => {
    assertTransitionAllowed(practice, authorEditableStates, practiceNoun, 'submitted');
    assertComplete(editableFieldsOf(practice));
    return { from: authorEditableStates, to: 'submitted', verb: 'submitted' };
  });
}
