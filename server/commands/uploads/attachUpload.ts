// Attaches an upload to a practice, resource, post or avatar with a licence and caption; attaching again to the
// same thing updates its licence and caption.
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { attachUploadSchema } from './schemas.js';
import type { Upload } from '../../models/upload.js';
import { parseInput } from '../../validation.js';
import { changeAttachments, sameTarget } from './changeAttachments.js';

export async function attachUpload(ctx: AppContext, actor: Actor, rawUploadId: unknown, input: unknown): Promise<Upload> {
  const data = parseInput(attachUploadSchema, input, 'attachment');
  const target = { type: data.type, id: data.id };
  return changeAttachments(ctx, actor, rawUploadId, target, (current, upload) => {
    if (data.type === 'avatar' && upload.kind !== 'image') throw badRequest('not_an_image', 'Only an image can be used as an avatar.');
    const entry = { ...target, licence: data.licence, caption: data.caption, attachedAt: new Date() };
    return [...current.filter((existing) => !sameTarget(existing, target)), entry];
  });
}
