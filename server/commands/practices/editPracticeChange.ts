// Edits the pending change of a published practice's record (through the shared edit skeleton, so a stale form is a
// 409 `stale_revision`): the published version stays live and unchanged; the change is a draft until it is sent
// for review. Translations change on their own (saveTranslation), and the original language stays what it was.
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { Practice, PracticeEditableFields, PracticeRecordFields } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { editWithRevision, type EditableKind } from '../shared/editWithRevision.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';
import { changeAccessOf, draftChangeStore, pendingChangesOf, recordChangeFields, recordTarget } from './practiceChanges.js';
import { checkConsistency, mergeChanges, type PracticeChanges } from './practiceContent.js';
import { updatePracticeSchema } from './schemas.js';

function checkRecordChange(after: PracticeEditableFields, before: PracticeEditableFields): void {
  if (after.originalLanguage !== before.originalLanguage) {
    throw badRequest('original_language_fixed', 'The original language of a published practice cannot change.', [
      { path: 'originalLanguage', message: 'cannot change after publication' },
    ]);
  }
  checkConsistency(after);
  const others = Object.keys(after.texts).filter((language) => language !== after.originalLanguage);
  if (others.length > 0) {
    throw badRequest('translation_separately', 'Translations of a published practice are added and changed one by one, each reviewed on its own.', [
      { path: `texts.${others[0] ?? ''}`, message: 'change it as a translation' },
    ]);
  }
}

/** How a record change is edited: `merge` applies one kind of edit (fields from the form, or its attachments). */
export const recordChangeKind = <C>(
  actor: Actor,
  schema: EditableKind<Practice, PracticeRecordFields, C>['schema'],
  merge: (fields: PracticeRecordFields, changes: C) => PracticeRecordFields,
): EditableKind<Practice, PracticeRecordFields, C> => ({
  name: 'practice', schema, searchable: false, movesSlug: false,
  model: (ctx) => ctx.models.Practice,
  load: loadVisiblePractice,
  authorize: (who, practice) => {
    authorize(who, 'practice.proposeChange', accessOf(practice));
    const pending = pendingChangesOf(practice)[recordTarget];
    if (pending) authorize(who, 'practice.editChange', changeAccessOf(practice, pending));
  },
  fieldsOf: recordChangeFields,
  merge,
  check: (_ctx, _actor, after, before) => checkRecordChange(after, before),
  store: (fields) => draftChangeStore(actor, recordTarget, fields),
  slugTitle: (fields) => fields.texts[fields.originalLanguage]?.title ?? '',
});

export async function editPracticeChange(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  const kind = recordChangeKind(actor, updatePracticeSchema, (fields, changes: PracticeChanges) => ({ ...mergeChanges(fields, changes), attachments: fields.attachments }));
  return (await editWithRevision(ctx, actor, kind, id, input)).updated;
}
