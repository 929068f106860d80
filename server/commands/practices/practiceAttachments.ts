// Files attached to a practice: tells the uploads area who may see them (whoever may see the practice) and who may
// change them (whoever may edit it; a published practice's files change only through its pending change), and mirrors
// the attached uploads into practice.attachments whenever they change (recomputed from the uploads each time, keeping
// the author's order, with a compare-and-set on `rev` so a concurrent reorder or edit is not overwritten). A file a
// pending change proposes is linked as `practiceChange`, seen by whoever may read the change, until it is published.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { AttachmentChoice, Practice, PracticeAttachment } from '../../models/practice.js';
import type { Upload } from '../../models/upload.js';
import { can } from '../../policies/index.js';
import { attachmentsChanged, registerAttachmentListener, registerAttachmentOwner } from '../../uploads/attachmentVisibility.js';
import { rewriteAttachments, sameTarget, type AttachmentTarget } from '../uploads/changeAttachments.js';
import { changeAccessOf, recordTarget } from './practiceChanges.js';
import { accessOf, canView } from './loadPractice.js';
import { bumpRev } from '../../search/syncFields.js';

async function findPractice(ctx: AppContext, id: string): Promise<Practice | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  return ctx.models.Practice.findOne({ _id: id, deletedAt: null }).lean<Practice>();
}

registerAttachmentOwner('practice', findPractice, {
  canView,
  canEdit: (actor, practice) => practice.state !== 'published' && can(actor, 'practice.update', accessOf(practice)),
});

registerAttachmentOwner('practiceChange', findPractice, {
  canView: (actor, practice) => {
    const pending = practice.pendingChanges?.[recordTarget];
    return pending !== undefined && can(actor, 'practice.viewChange', changeAccessOf(practice, pending));
  },
  canEdit: () => false,
});

/**
 * Links each upload of `wanted` to the practice's pending change (with its details) and unlinks the others that were
 * linked, so a proposed file stays visible to the change's readers and is not cleaned up as an orphan.
 */
export async function linkProposedUploads(ctx: AppContext, practiceId: string, wanted: readonly AttachmentChoice[]): Promise<void> {
  const target = { type: 'practiceChange' as const, id: practiceId };
  const linked = await ctx.models.Upload.find({ attachedTo: { $elemMatch: target }, state: 'ready' }, { _id: 1 }).lean<Pick<Upload, '_id'>[]>();
  const wantedIds = new Set(wanted.map((choice) => choice.uploadId));
  for (const upload of linked.filter((u) => !wantedIds.has(String(u._id)))) {
    await rewriteAttachments(ctx, upload._id, (current) => current.filter((a) => !sameTarget(a, target)));
  }
  for (const choice of wanted) await linkUpload(ctx, target, choice);
}

async function linkUpload(ctx: AppContext, target: AttachmentTarget, choice: AttachmentChoice): Promise<void> {
  const { uploadId, ...details } = choice;
  await rewriteAttachments(ctx, new Types.ObjectId(uploadId), (current) => [
    ...current.filter((a) => !sameTarget(a, target)),
    { ...target, ...details, attachedAt: current.find((a) => sameTarget(a, target))?.attachedAt ?? new Date() },
  ]);
}

/**
 * After a published change made `choices` the practice's attachments: links them to the practice with their details,
 * unlinks the files it dropped and every `practiceChange` link, then mirrors the record (which keeps the change's order).
 */
export async function publishProposedUploads(ctx: AppContext, practiceId: string, choices: readonly AttachmentChoice[]): Promise<void> {
  const target = { type: 'practice' as const, id: practiceId };
  const kept = new Set(choices.map((choice) => choice.uploadId));
  const attached = await ctx.models.Upload.find({ attachedTo: { $elemMatch: target }, state: 'ready' }, { _id: 1 }).lean<Pick<Upload, '_id'>[]>();
  for (const upload of attached.filter((u) => !kept.has(String(u._id)))) {
    await rewriteAttachments(ctx, upload._id, (current) => current.filter((a) => !sameTarget(a, target)));
  }
  for (const choice of choices) await linkUpload(ctx, target, choice);
  await linkProposedUploads(ctx, practiceId, []);
  await attachmentsChanged(ctx, 'practice', practiceId);
}

/** The original names of the uploads, by id, for labelling attachments in a diff (the caller may see the practice). */
export async function uploadNames(ctx: AppContext, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = ids.filter((id) => Types.ObjectId.isValid(id));
  const uploads = await ctx.models.Upload.find({ _id: { $in: valid } }, { originalName: 1 }).lean<Pick<Upload, '_id' | 'originalName'>[]>();
  return new Map(uploads.map((upload) => [String(upload._id), upload.originalName]));
}

/** The attached uploads in the order the practice already has them; newly attached ones go last, oldest first. */
function inPracticeOrder(current: readonly PracticeAttachment[], uploads: readonly Upload[]): Upload[] {
  const position = new Map(current.map((attachment, index) => [String(attachment.uploadId), index]));
  const rank = (upload: Upload): number => position.get(String(upload._id)) ?? Number.MAX_SAFE_INTEGER;
  return [...uploads].sort((a, b) => rank(a) - rank(b) || a.createdAt.getTime() - b.createdAt.getTime());
}

const mirrorAttempts = 5;

registerAttachmentListener('practice', async (ctx, id) => {
  if (!Types.ObjectId.isValid(id)) return;
  for (let attempt = 0; attempt < mirrorAttempts; attempt += 1) {
    const practice = await ctx.models.Practice.findById(id, { rev: 1, attachments: 1 }).lean<Pick<Practice, 'rev' | 'attachments'>>();
    if (!practice) return;
    const uploads = await ctx.models.Upload.find({ attachedTo: { $elemMatch: { type: 'practice', id } }, state: 'ready' }).lean<Upload[]>();
    const attachments = inPracticeOrder(practice.attachments, uploads).map((upload) => {
      const link = upload.attachedTo.find((a) => a.type === 'practice' && a.id === id);
      return { uploadId: upload._id, licence: link?.licence ?? 'cc-by-4.0', caption: link?.caption, alt: link?.alt };
    });
    const result = await ctx.models.Practice.updateOne({ _id: id, rev: practice.rev }, { $set: { attachments }, ...bumpRev });
    if (result.modifiedCount > 0) ctx.events.emit('search.pending');
    if (result.matchedCount > 0) return;
  }
});

/** The practice's attachments whose files are ready, in the practice's order (the caller has checked it may see it). */
export async function readyAttachments(ctx: AppContext, practice: Practice): Promise<Array<{ upload: Upload; attachment: PracticeAttachment }>> {
  if (practice.attachments.length === 0) return [];
  const uploads = await ctx.models.Upload.find({ _id: { $in: practice.attachments.map((a) => a.uploadId) }, state: 'ready' }).lean<Upload[]>();
  const byId = new Map(uploads.map((upload) => [String(upload._id), upload]));
  return practice.attachments.flatMap((attachment) => {
    const upload = byId.get(String(attachment.uploadId));
    return upload ? [{ upload, attachment }] : [];
  });
}
