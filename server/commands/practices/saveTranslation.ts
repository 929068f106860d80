// Adds or edits a translation of a published practice as its own pending change (human or machine origin, with the
// translator's name): it goes live, marked reviewed, only when a reviewer publishes it. Adding a language that the
// practice already has is 409 `translation_exists`; the original language is not a translation.
import type { z } from 'zod';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import type { Practice, PracticeTextInput } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { isTerm } from '../../vocab/index.js';
import { editWithRevision, type EditableKind } from '../shared/editWithRevision.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';
import { changeAccessOf, draftChangeStore, pendingChangesOf } from './practiceChanges.js';
import { editableFieldsOf } from './practiceContent.js';
import { newTranslationSchema, translationChangeSchema } from './schemas.js';

type TranslationChanges = z.output<typeof translationChangeSchema>['changes'];

function translationFields(practice: Practice, language: string): PracticeTextInput {
  const pending = pendingChangesOf(practice)[language];
  if (pending) return pending.fields as unknown as PracticeTextInput;
  return editableFieldsOf(practice).texts[language] ?? { provenance: 'human', reviewed: false };
}

function checkTranslation(after: PracticeTextInput, language: string): void {
  if (!after.title?.trim()) {
    throw badRequest('validation_failed', 'A translation needs a title.', [{ path: `texts.${language}.title`, message: 'a title is required' }]);
  }
}

const translationKind = (actor: Actor, language: string, adding: boolean): EditableKind<Practice, PracticeTextInput, TranslationChanges> => ({
  name: 'practice', schema: translationChangeSchema, searchable: false, movesSlug: false,
  model: (ctx) => ctx.models.Practice,
  load: loadVisiblePractice,
  authorize: (who, practice) => {
    authorize(who, 'practice.translate', accessOf(practice));
    if (language === practice.originalLanguage) throw badRequest('translation_is_original', 'This is the original language of the practice, not a translation.');
    const pending = pendingChangesOf(practice)[language];
    if (adding && (pending || practice.texts[language]?.title)) {
      throw conflict('translation_exists', 'This practice already has a version in that language: edit it instead.', { language });
    }
    if (pending) authorize(who, 'practice.editChange', changeAccessOf(practice, pending));
  },
  fieldsOf: (practice) => translationFields(practice, language),
  merge: (fields, changes) => ({ ...fields, ...changes, provenance: changes.provenance ?? (fields.provenance === 'original' ? 'human' : fields.provenance), reviewed: false }),
  check: (_ctx, _actor, after) => checkTranslation(after, language),
  store: (fields) => draftChangeStore(actor, language, fields),
  slugTitle: () => '',
});

export async function addTranslation(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  const { language, ...change } = parseInput(newTranslationSchema, input, 'translation');
  return (await editWithRevision(ctx, actor, translationKind(actor, language, true), id, change)).updated;
}

export async function editTranslation(ctx: AppContext, actor: Actor, id: unknown, language: unknown, input: unknown): Promise<Practice> {
  if (typeof language !== 'string' || !isTerm('languages', language)) throw notFound('The translation');
  return (await editWithRevision(ctx, actor, translationKind(actor, language, false), id, input)).updated;
}
