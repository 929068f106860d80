// Files attached to a practice: tells the uploads area who may see them (whoever may see the practice) and who may
// change them (whoever may edit it), and mirrors the attached uploads into practice.attachments whenever they change
// (recomputed from the uploads each time, keeping the author's order, with a compare-and-set on `rev` so a concurrent
// reorder or edit is not overwritten).
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Practice, PracticeAttachment } from '../../models/practice.js';
import type { Upload } from '../../models/upload.js';
import { can } from '../../policies/index.js';
import { registerAttachmentListener, registerAttachmentOwner } from '../../uploads/attachmentVisibility.js';
import { accessOf, canView } from './loadPractice.js';
import { bumpRev } from '../../search/syncFields.js';

async function findPractice(ctx: AppContext, id: string): Promise<Practice | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  return ctx.models.Practice.findOne({ _id: id, deletedAt: null }).lean<Practice>();
}

registerAttachmentOwner('practice', findPractice, {
  canView,
  canEdit: (actor, practice) => can(actor, 'practice.update', accessOf(practice)),
});

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
