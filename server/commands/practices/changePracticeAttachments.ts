// The attachments of a published practice change through its pending record change, never on the live record: adding
// a file (or new details of one), removing one and reordering them edit the change's list of attachments (a draft
// again, 409 `stale_revision` on a stale page), which readers see only once a reviewer publishes the change.
import { z } from 'zod';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import type { AttachmentChoice, Practice, PracticeRecordFields } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { editWithRevision } from '../shared/editWithRevision.js';
import { requiredAlt } from '../uploads/attachUpload.js';
import { readUpload } from '../uploads/uploadAccess.js';
import { recordChangeKind } from './editPracticeChange.js';
import { loadVisiblePractice } from './loadPractice.js';
import { linkProposedUploads } from './practiceAttachments.js';
import { recordChangeFields } from './practiceChanges.js';
import { proposeAttachmentSchema, proposedOrderSchema } from './schemas.js';

type Edit = (choices: readonly AttachmentChoice[]) => AttachmentChoice[];

const editSchema = z.strictObject({ rev: z.number().int().min(1), changes: z.custom<Edit>((value) => typeof value === 'function') });

/** Applies `edit` to the change's attachments at revision `rev` (the practice's current one when not given). */
async function editProposed(ctx: AppContext, actor: Actor, id: unknown, edit: Edit, rev?: number): Promise<Practice> {
  const practice = await loadVisiblePractice(ctx, actor, id);
  const kind = recordChangeKind(actor, editSchema, (fields: PracticeRecordFields, change: Edit) => ({ ...fields, attachments: change(fields.attachments ?? []) }));
  const { updated } = await editWithRevision(ctx, actor, kind, String(practice._id), { rev: rev ?? practice.rev, changes: edit });
  const live = new Set(practice.attachments.map((attachment) => String(attachment.uploadId)));
  const proposed = recordChangeFields(updated).attachments ?? [];
  await linkProposedUploads(ctx, String(practice._id), proposed.filter((choice) => !live.has(choice.uploadId)));
  return updated;
}

/** Adds a file to the pending change (or changes its licence, caption or alt text); an image needs alt text. */
export async function proposeAttachment(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  const data = parseInput(proposeAttachmentSchema, input, 'attachment');
  const { upload } = await readUpload(ctx, actor, data.uploadId);
  const practice = await loadVisiblePractice(ctx, actor, id);
  const known = recordChangeFields(practice).attachments?.some((choice) => choice.uploadId === data.uploadId) ?? false;
  if (!known) authorize(actor, 'upload.attach', { ownerId: String(upload.ownerId), targetAllows: true });
  const alt = requiredAlt(upload, 'practice', data);
  const choice: AttachmentChoice = { uploadId: data.uploadId, licence: data.licence, ...(data.caption ? { caption: data.caption } : {}), ...(alt ? { alt } : {}) };
  return editProposed(ctx, actor, id, (choices) =>
    known ? choices.map((existing) => (existing.uploadId === choice.uploadId ? choice : existing)) : [...choices, choice]);
}

/** Removes a file from the pending change (a live one leaves the practice when the change is published). */
export async function withdrawAttachment(ctx: AppContext, actor: Actor, id: unknown, rawUploadId: unknown): Promise<Practice> {
  const uploadId = typeof rawUploadId === 'string' ? rawUploadId.toLowerCase() : '';
  const practice = await loadVisiblePractice(ctx, actor, id);
  if (!recordChangeFields(practice).attachments?.some((choice) => choice.uploadId === uploadId)) throw notFound('The file');
  return editProposed(ctx, actor, id, (choices) => choices.filter((choice) => choice.uploadId !== uploadId));
}

/** Puts the pending change's attachments in a new order that names each of them once (else 400). */
export async function reorderProposedAttachments(ctx: AppContext, actor: Actor, id: unknown, input: unknown, rev?: number): Promise<Practice> {
  const { order } = parseInput(proposedOrderSchema, input, 'attachment order');
  return editProposed(ctx, actor, id, (choices) => {
    const byId = new Map(choices.map((choice) => [choice.uploadId, choice]));
    if (new Set(order).size !== order.length || order.length !== byId.size || order.some((uploadId) => !byId.has(uploadId))) {
      throw badRequest('attachment_order_mismatch', 'The new order must name every attached file exactly once.', [{ path: 'order', message: 'must list each attached file once' }]);
    }
    return order.flatMap((uploadId) => byId.get(uploadId) ?? []);
  }, rev);
}
