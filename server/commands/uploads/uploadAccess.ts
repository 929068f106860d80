// Finds an upload the actor may see: its owner, staff, or anyone who may see one of the things it is attached to.
// What cannot be seen is "not found", so its existence does not leak.
import { anonymous, type Actor, type AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Upload } from '../../models/upload.js';
import { can } from '../../policies/index.js';
import { canSeeAttachmentTarget } from '../../uploads/attachmentVisibility.js';
import { parseObjectId } from '../../validation.js';

async function visibleThroughAttachment(ctx: AppContext, actor: Actor, upload: Upload): Promise<boolean> {
  for (const target of upload.attachedTo) {
    if (await canSeeAttachmentTarget(ctx, actor, target.type, target.id)) return true;
  }
  return false;
}

async function canView(ctx: AppContext, actor: Actor, upload: Upload): Promise<boolean> {
  const ownerId = String(upload.ownerId);
  if (can(actor, 'upload.view', { ownerId, visibleThroughAttachment: false })) return true;
  return can(actor, 'upload.view', { ownerId, visibleThroughAttachment: await visibleThroughAttachment(ctx, actor, upload) });
}

/** The upload and whether anyone at all (an anonymous visitor) may see it, which decides how it may be cached. */
export async function readUpload(ctx: AppContext, actor: Actor, rawId: unknown): Promise<{ upload: Upload; isPublic: boolean }> {
  const id = parseObjectId(rawId, 'The file');
  const upload = await ctx.models.Upload.findById(id).lean<Upload>();
  if (!upload || upload.state !== 'ready') throw notFound('The file');
  const isPublic = await canView(ctx, anonymous, upload);
  if (!isPublic && !(await canView(ctx, actor, upload))) throw notFound('The file');
  return { upload, isPublic };
}

/** The upload as a reader asks for it: its owner and staff see every attachment, others only those they may see. */
export async function describeUpload(ctx: AppContext, actor: Actor, rawId: unknown): Promise<Upload> {
  const { upload } = await readUpload(ctx, actor, rawId);
  if (can(actor, 'upload.view', { ownerId: String(upload.ownerId), visibleThroughAttachment: false })) return upload;
  const visible = await Promise.all(upload.attachedTo.map((target) => canSeeAttachmentTarget(ctx, actor, target.type, target.id)));
  return { ...upload, attachedTo: upload.attachedTo.filter((_target, index) => visible[index]) };
}
