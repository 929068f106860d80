// Attaches an upload to a practice, resource, post or avatar with a licence, caption and (for an image on a practice
// or resource, required) alt text; attaching again to the same thing updates them.
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { attachUploadSchema } from './schemas.js';
import type { Upload } from '../../models/upload.js';
import { parseInput } from '../../validation.js';
import { changeAttachments, sameTarget } from './changeAttachments.js';

/** Where an image is content that readers must be told about (an avatar or a post picture is not described here). */
const describedTargets = new Set(['practice', 'resource']);

/** The alt text an image on a practice or resource must have (the caption stands in for it), else 400 `alt_text_required`. */
export function requiredAlt(upload: Upload, targetType: string, data: { alt?: string; caption?: string }): string | undefined {
  const alt = data.alt || data.caption;
  if (upload.kind === 'image' && describedTargets.has(targetType) && !alt) {
    throw badRequest('alt_text_required', 'Describe what the image shows (alt text) for readers who cannot see it.', [{ path: 'alt', message: 'is required for an image' }]);
  }
  return upload.kind === 'image' ? alt : undefined;
}

export async function attachUpload(ctx: AppContext, actor: Actor, rawUploadId: unknown, input: unknown): Promise<Upload> {
  const data = parseInput(attachUploadSchema, input, 'attachment');
  const target = { type: data.type, id: data.id };
  return changeAttachments(ctx, actor, rawUploadId, target, (current, upload) => {
    if (data.type === 'avatar' && upload.kind !== 'image') throw badRequest('not_an_image', 'Only an image can be used as an avatar.');
    const alt = requiredAlt(upload, data.type, data);
    const entry = { ...target, licence: data.licence, caption: data.caption, ...(alt ? { alt } : {}), attachedAt: new Date() };
    return [...current.filter((existing) => !sameTarget(existing, target)), entry];
  });
}
