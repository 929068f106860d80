// Pending changes of a published practice, shared by the change commands: the targets (`record`, or a translation's
// language), loading a change the actor may see, the record as it will read once its change is published, whether a
// change is minor, and moving a change between its states with a compare-and-set and an audit entry.
import { Types, type QueryFilter, type UpdateQuery } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { changedWordCount, wordDiff } from '../../content/wordDiff.js';
import { conflict, notFound } from '../../errors.js';
import {
  practiceMarkdownFields,
  type AttachmentChoice,
  type PendingChange,
  type PendingChangeState,
  type Practice,
  type PracticeAttachment,
  type PracticeRecordFields,
} from '../../models/practice.js';
import { authorize, type Action } from '../../policies/index.js';
import type { PracticeChangeAccess } from '../../policies/practicePolicy.js';
import { bumpRev } from '../../search/syncFields.js';
import { isTerm } from '../../vocab/index.js';
import { recordAudit } from '../recordAudit.js';
import { changedFields } from '../shared/revisions.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';
import { editableFieldsOf, storedFields } from './practiceContent.js';

/** The key of the change to the record itself; a translation's key is its language. */
export const recordTarget = 'record';

/** A minor change touches only wording: at most this many words removed and added in all. */
const minorWordLimit = 40;

export const pendingChangesOf = (practice: Practice): Record<string, PendingChange> => practice.pendingChanges ?? {};

export function changeAccessOf(practice: Practice, change: Pick<PendingChange, 'authorId'> | undefined): PracticeChangeAccess {
  return { ...accessOf(practice), changeAuthorId: String(change?.authorId ?? practice.authorId) };
}

/** `record`, or a known language other than the original; anything else names no change (404). */
export function parseTarget(practice: Practice, target: unknown): string {
  if (target === recordTarget) return recordTarget;
  if (typeof target === 'string' && isTerm('languages', target) && target !== practice.originalLanguage) return target;
  throw notFound('The change');
}

/** The stored attachments in the input shape a change proposes them in. */
export function attachmentChoicesOf(attachments: readonly PracticeAttachment[]): AttachmentChoice[] {
  return attachments.map(({ uploadId, licence, caption, alt }) => ({
    uploadId: String(uploadId), licence, ...(caption ? { caption } : {}), ...(alt ? { alt } : {}),
  }));
}

/** Proposed attachments in the stored shape. */
export function storedAttachments(choices: readonly AttachmentChoice[]): PracticeAttachment[] {
  return choices.map(({ uploadId, ...details }) => ({ uploadId: new Types.ObjectId(uploadId), ...details }));
}

/** The live record's fields a record change edits: everything but the translations, which change on their own. */
export function liveRecordFields(practice: Practice): PracticeRecordFields {
  const fields = editableFieldsOf(practice);
  const original = fields.texts[fields.originalLanguage];
  return { ...fields, texts: original ? { [fields.originalLanguage]: original } : {}, attachments: attachmentChoicesOf(practice.attachments) };
}

/** The fields of the pending record change (a change from before attachments were proposed keeps the live ones), or of the live record. */
export function recordChangeFields(practice: Practice): PracticeRecordFields {
  const pending = pendingChangesOf(practice)[recordTarget];
  if (!pending) return liveRecordFields(practice);
  return { attachments: attachmentChoicesOf(practice.attachments), ...(pending.fields as unknown as PracticeRecordFields) };
}

/** The whole record with the pending record change applied: what readers will see once it is published. */
export function withRecordChange(practice: Practice, fields: PracticeRecordFields): PracticeRecordFields {
  const live = editableFieldsOf(practice);
  return { ...fields, texts: { ...live.texts, ...fields.texts } };
}

/** The practice as its pending record change would make it, attachments too, for the editor's form and preview. */
export function workingCopy(practice: Practice): Practice {
  if (!pendingChangesOf(practice)[recordTarget]) return practice;
  const fields = recordChangeFields(practice);
  const { set } = storedFields(withRecordChange(practice, fields));
  return { ...practice, ...set, attachments: storedAttachments(fields.attachments ?? []) } as Practice;
}

const wordingPath = (path: string, language: string): boolean =>
  new RegExp(`^texts\\.${language}\\.(title|${practiceMarkdownFields.join('|')})$`).test(path);

/** Whether a record change only rewords the original text a little (typos, links), so review may be skipped. */
export function isMinorChange(practice: Practice, fields: PracticeRecordFields): boolean {
  const before = liveRecordFields(practice) as unknown as Record<string, unknown>;
  const paths = changedFields(before, fields as unknown as Record<string, unknown>);
  if (!paths.every((path) => wordingPath(path, practice.originalLanguage))) return false;
  const was = liveRecordFields(practice).texts[practice.originalLanguage] as Record<string, unknown> | undefined;
  const now = fields.texts[practice.originalLanguage] as Record<string, unknown> | undefined;
  const words = paths.reduce((sum, path) => {
    const key = path.split('.')[2] ?? '';
    return sum + changedWordCount(wordDiff(String(was?.[key] ?? ''), String(now?.[key] ?? '')));
  }, 0);
  return words <= minorWordLimit;
}

/** Loads the practice and its pending change `target` after asking the policy `action` about it (404 if none). */
export async function loadChange(
  ctx: AppContext,
  actor: Actor,
  id: unknown,
  target: unknown,
  action: Extract<Action, `practice.${string}Change`>,
): Promise<{ practice: Practice; target: string; change: PendingChange }> {
  const practice = await loadVisiblePractice(ctx, actor, id);
  const key = parseTarget(practice, target);
  const change = pendingChangesOf(practice)[key];
  if (!change) throw notFound('The change');
  authorize(actor, action, changeAccessOf(practice, change));
  return { practice, target: key, change };
}

/** The stored form of an edited pending change: a draft again, by the actor who edited it last. */
export function draftChangeStore(actor: Actor, target: string, fields: object): { set: Record<string, unknown>; unset: Record<string, ''> } {
  const path = `pendingChanges.${target}`;
  return {
    set: { [`${path}.fields`]: fields, [`${path}.state`]: 'draft', [`${path}.authorId`]: new Types.ObjectId(actor.userId ?? undefined), [`${path}.updatedAt`]: new Date() },
    unset: {},
  };
}

export interface ChangeStep {
  readonly from: readonly PendingChangeState[];
  /** Fields of the change to set (`state`, `note` …), or null to remove the change. */
  readonly set: Partial<PendingChange> | null;
  readonly audit: { action: string; reason?: string };
}

/** Moves a pending change along, only if it is still in one of `from` (else 409 `change_state_changed`). */
export async function stepChange(ctx: AppContext, actor: Actor, practice: Practice, target: string, step: ChangeStep): Promise<Practice> {
  const path = `pendingChanges.${target}`;
  const current = pendingChangesOf(practice)[target];
  if (!current || !step.from.includes(current.state)) {
    throw conflict('change_state_changed', 'This change is no longer where you saw it. Reload the page and try again.', { state: current?.state ?? null });
  }
  const filter = { _id: practice._id, deletedAt: null, [`${path}.state`]: current.state } as QueryFilter<Practice>;
  const set = step.set === null ? {} : Object.fromEntries(Object.entries({ ...step.set, updatedAt: new Date() }).map(([key, value]) => [`${path}.${key}`, value]));
  const update = { ...(step.set === null ? { $unset: { [path]: '' } } : { $set: set }), ...bumpRev } as UpdateQuery<Practice>;
  const updated = await ctx.models.Practice.findOneAndUpdate(filter, update, { returnDocument: 'after' }).lean<Practice>();
  if (!updated) throw conflict('change_state_changed', 'This change was changed by someone else meanwhile. Reload the page and try again.');
  await recordAudit(ctx, actor, {
    action: step.audit.action,
    subjectType: 'practice',
    subjectId: String(practice._id),
    reason: step.audit.reason,
    data: { target, from: current.state, to: step.set?.state ?? null },
  });
  return updated;
}
