// A reviewer publishes a pending change of a published practice: the change replaces the live record and its
// attachments (or becomes the live translation, marked reviewed) through the shared edit skeleton, so a revision is
// kept (attachments in its snapshot), the slug follows a new title and search catches up; then the files follow the
// record (publishProposedUploads); the public history gets an entry with the change note.
import { z } from 'zod';
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { ChangeLogEntry, PendingChange, Practice, PracticeRecordFields, PracticeTextInput } from '../../models/practice.js';
import { authorize, type Action } from '../../policies/index.js';
import { recordAudit } from '../recordAudit.js';
import { editWithRevision, type EditableKind } from '../shared/editWithRevision.js';
import { loadVisiblePractice } from './loadPractice.js';
import { attachmentChoicesOf, changeAccessOf, loadChange, pendingChangesOf, recordChangeFields, recordTarget, stepChange, storedAttachments, withRecordChange } from './practiceChanges.js';
import { publishProposedUploads } from './practiceAttachments.js';
import { checkConsistency, editableFieldsOf, storedFields } from './practiceContent.js';

const applySchema = z.strictObject({ rev: z.number().int().min(1), changes: z.strictObject({}) });

function applied(practice: Practice, target: string, live: PracticeRecordFields): PracticeRecordFields {
  if (target === recordTarget) return withRecordChange(practice, recordChangeFields(practice));
  const change = pendingChangesOf(practice)[target];
  const text = { ...(change?.fields as unknown as PracticeTextInput), reviewed: true };
  return { ...live, texts: { ...live.texts, [target]: text } };
}

/** Makes `change` live; `action` is the policy that allowed it (a review, or the author's own minor change). */
export async function applyChange(
  ctx: AppContext,
  actor: Actor,
  practice: Practice,
  target: string,
  change: PendingChange,
  action: Extract<Action, 'practice.reviewChange' | 'practice.publishMinorChange'>,
): Promise<Practice> {
  const now = new Date();
  const reviewed = action === 'practice.reviewChange';
  const entry: ChangeLogEntry = {
    at: now, target, rev: practice.rev + 1, minor: !reviewed, authorId: change.authorId,
    ...(change.note ? { note: change.note } : {}),
  };
  const kind: EditableKind<Practice, PracticeRecordFields, Record<string, never>> = {
    name: 'practice', schema: applySchema, searchable: true,
    model: (c) => c.models.Practice, revisions: (c) => c.models.PracticeRevision,
    load: loadVisiblePractice,
    authorize: (who, doc) => authorize(who, action, changeAccessOf(doc, change)),
    fieldsOf: (doc) => ({ ...editableFieldsOf(doc), attachments: attachmentChoicesOf(doc.attachments) }),
    merge: (live) => applied(practice, target, live),
    check: (_c, _a, after) => checkConsistency(after),
    store: (fields) => {
      const { set, unset } = storedFields(fields);
      return {
        set: { ...set, attachments: storedAttachments(fields.attachments ?? []), changeLog: [...(practice.changeLog ?? []), entry], contentUpdatedAt: now, ...(reviewed ? { lastVerifiedAt: now } : {}) },
        unset: { ...unset, [`pendingChanges.${target}`]: '' },
      };
    },
    slugTitle: (fields) => fields.texts[fields.originalLanguage]?.title ?? '',
  };
  const result = await editWithRevision(ctx, actor, kind, String(practice._id), { rev: practice.rev, changes: {} });
  const proposed = target === recordTarget ? recordChangeFields(practice).attachments ?? [] : null;
  const filesChange = proposed !== null && JSON.stringify(proposed) !== JSON.stringify(attachmentChoicesOf(practice.attachments));
  if (result.changed && proposed && filesChange) await publishProposedUploads(ctx, String(practice._id), proposed);
  const updated = !result.changed
    ? await stepChange(ctx, actor, practice, target, { from: [change.state], set: null, audit: { action: 'practice.closeEmptyChange' } })
    : filesChange ? await loadVisiblePractice(ctx, actor, String(practice._id)) : result.updated;
  if (result.changed) {
    await recordAudit(ctx, actor, { action: 'practice.publishChange', subjectType: 'practice', subjectId: String(practice._id), reason: change.note, data: { target, minor: !reviewed } });
    ctx.events.emit('practice.changePublished', { practice: updated, target });
  }
  return updated;
}

export async function publishPracticeChange(ctx: AppContext, actor: Actor, id: unknown, target: unknown): Promise<Practice> {
  const found = await loadChange(ctx, actor, id, target, 'practice.reviewChange');
  if (found.change.state !== 'submitted') {
    throw conflict('change_not_submitted', 'This change has not been sent for review yet.', { state: found.change.state });
  }
  return applyChange(ctx, actor, found.practice, found.target, found.change, 'practice.reviewChange');
}

