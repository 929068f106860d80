// Edits a practice through the shared edit skeleton (optimistic concurrency on `rev`, 409 `stale_revision` on a stale
// one): the merged texts must stay consistent, a revision is kept and the slug follows the original-language title.
// A published practice is not edited in place: the edit becomes its pending change (editPracticeChange).
import type { Actor, AppContext } from '../../context.js';
import type { Practice, PracticeEditableFields } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { editWithRevision, type EditableKind } from '../shared/editWithRevision.js';
import { editPracticeChange } from './editPracticeChange.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';
import { checkConsistency, editableFieldsOf, mergeChanges, storedFields, type PracticeChanges } from './practiceContent.js';
import { updatePracticeSchema } from './schemas.js';

const editablePractice: EditableKind<Practice, PracticeEditableFields, PracticeChanges> = {
  name: 'practice', schema: updatePracticeSchema, searchable: true,
  model: (ctx) => ctx.models.Practice, revisions: (ctx) => ctx.models.PracticeRevision,
  load: loadVisiblePractice, authorize: (actor, practice) => authorize(actor, 'practice.update', accessOf(practice)),
  fieldsOf: editableFieldsOf, merge: mergeChanges, check: (_ctx, _actor, after) => checkConsistency(after), store: storedFields,
  slugTitle: (fields) => fields.texts[fields.originalLanguage]?.title ?? '',
};

export async function updatePractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  const practice = await loadVisiblePractice(ctx, actor, id);
  if (practice.state === 'published') return editPracticeChange(ctx, actor, id, input);
  return (await editWithRevision(ctx, actor, editablePractice, id, input)).updated;
}
