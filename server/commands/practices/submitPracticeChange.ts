// The author sends a pending change for review with its public change note; a change that only rewords the text a
// little (typos, links) may instead be published at once where the policy lets its author (`minor`).
import type { Actor, AppContext } from '../../context.js';
import { AppError, badRequest } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { requireVerifiedEmail } from '../accounts/requireVerifiedEmail.js';
import { assertComplete } from './practiceCompleteness.js';
import { changeAccessOf, isMinorChange, loadChange, recordChangeFields, recordTarget, stepChange } from './practiceChanges.js';
import { applyChange } from './publishPracticeChange.js';
import { submitChangeSchema } from './schemas.js';

export async function submitPracticeChange(ctx: AppContext, actor: Actor, id: unknown, target: unknown, input: unknown): Promise<Practice> {
  requireVerifiedEmail(ctx, actor);
  const { practice, target: key, change } = await loadChange(ctx, actor, id, target, 'practice.editChange');
  const { note, minor } = parseInput(submitChangeSchema, input ?? {}, 'change');
  if (key === recordTarget) {
    const fields = recordChangeFields(practice);
    assertComplete(fields);
    if (!note) throw badRequest('validation_failed', 'Say in a sentence what changed; readers see it in the history.', [{ path: 'note', message: 'a change note is required' }]);
    if (minor) {
      authorize(actor, 'practice.publishMinorChange', changeAccessOf(practice, change));
      if (!isMinorChange(practice, fields)) {
        throw new AppError(422, 'change_not_minor', 'This change is more than a small correction of wording: send it for review.');
      }
      return applyChange(ctx, actor, practice, key, { ...change, note, minor: true }, 'practice.publishMinorChange');
    }
  }
  return stepChange(ctx, actor, practice, key, {
    from: ['draft', 'changes-requested'],
    set: { state: 'submitted', minor: false, ...(note ? { note } : {}) },
    audit: { action: 'practice.submitChange', reason: note },
  });
}
