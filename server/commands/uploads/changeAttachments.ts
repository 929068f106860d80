// The shared step of attach and detach: checks that the actor may change this upload's attachments to the given
// target, then rewrites the list with a compare-and-set on `rev` (retried a few times under contention); the
// rewrite alone serves an owning area that has checked the actor itself (publishing a practice's pending change).
import type { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { AttachmentTargetType, Upload, UploadAttachment } from '../../models/upload.js';
import { authorize } from '../../policies/index.js';
import { attachmentsChanged, canEditAttachmentTarget } from '../../uploads/attachmentVisibility.js';
import { readUpload } from './uploadAccess.js';
import { bumpRev } from '../../search/syncFields.js';

export interface AttachmentTarget {
  readonly type: AttachmentTargetType;
  readonly id: string;
}

export const sameTarget = (a: AttachmentTarget, b: AttachmentTarget): boolean => a.type === b.type && a.id === b.id;

const attempts = 5;

export async function changeAttachments(
  ctx: AppContext,
  actor: Actor,
  rawUploadId: unknown,
  target: AttachmentTarget,
  change: (current: readonly UploadAttachment[], upload: Upload) => UploadAttachment[],
): Promise<Upload> {
  const { upload } = await readUpload(ctx, actor, rawUploadId);
  const targetAllows = await canEditAttachmentTarget(ctx, actor, target.type, target.id);
  authorize(actor, 'upload.attach', { ownerId: String(upload.ownerId), targetAllows });
  const updated = await rewriteAttachments(ctx, upload._id, change);
  await attachmentsChanged(ctx, target.type, target.id);
  return updated;
}

/** Rewrites the upload's attachments with `change`, with no policy: the caller has decided the actor may. */
export async function rewriteAttachments(
  ctx: AppContext,
  uploadId: Types.ObjectId,
  change: (current: readonly UploadAttachment[], upload: Upload) => UploadAttachment[],
): Promise<Upload> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const current = await ctx.models.Upload.findById(uploadId).lean<Upload>();
    if (!current || current.state !== 'ready') throw notFound('The file');
    const next = change(current.attachedTo, current);
    const orphanSince = next.length > 0 ? null : current.attachedTo.length > 0 ? new Date() : current.orphanSince;
    const result = await ctx.models.Upload.updateOne(
      { _id: current._id, rev: current.rev, state: 'ready' },
      { $set: { attachedTo: next, orphanSince }, ...bumpRev },
    );
    if (result.modifiedCount === 1) {
      const updated = await ctx.models.Upload.findById(current._id).lean<Upload>();
      if (!updated) throw notFound('The file');
      return updated;
    }
  }
  throw conflict('stale_revision', 'The file was changed at the same time. Please try again.');
}
