// A file resource's upload: tells the uploads area who may see it (whoever may see the resource) and who may change
// it (whoever may edit the resource), and keeps the upload's attachment in step with the resource's uploadId.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Resource } from '../../models/resource.js';
import type { Upload } from '../../models/upload.js';
import { can } from '../../policies/index.js';
import { registerAttachmentOwner } from '../../uploads/attachmentVisibility.js';
import { attachUpload } from '../uploads/attachUpload.js';
import { detachUpload } from '../uploads/detachUpload.js';
import { canViewResource, resourceAccessOf } from './loadResource.js';

async function findResource(ctx: AppContext, id: string): Promise<Resource | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  return ctx.models.Resource.findOne({ _id: id, deletedAt: null }).lean<Resource>();
}

/** The resource's file when it is ready (the caller has checked it may see the resource). */
export async function readyResourceFile(ctx: AppContext, resource: Resource): Promise<Upload | null> {
  if (!resource.uploadId) return null;
  return ctx.models.Upload.findOne({ _id: resource.uploadId, state: 'ready' }).lean<Upload>();
}

registerAttachmentOwner('resource', findResource, {
  canView: canViewResource,
  canEdit: (actor, resource) => can(actor, 'resource.update', resourceAccessOf(resource)),
});

/** Attaches the resource's current upload (with its licence) and detaches the one it had before, if different. */
export async function syncResourceFile(ctx: AppContext, actor: Actor, resource: Resource, previousUploadId?: string): Promise<void> {
  const target = { type: 'resource', id: String(resource._id) };
  const current = resource.uploadId ? String(resource.uploadId) : undefined;
  if (current) await attachUpload(ctx, actor, current, { ...target, licence: resource.licence, caption: resource.title.slice(0, 500) });
  if (previousUploadId && previousUploadId !== current) await detachUpload(ctx, actor, previousUploadId, target);
}
