// Detaches an upload from a practice, resource, post or avatar; detaching what is not attached changes nothing.
// An upload left with no attachment becomes an orphan and is cleaned up after config.uploads.orphanTtlHours.
import type { Actor, AppContext } from '../../context.js';
import { detachUploadSchema } from './schemas.js';
import type { Upload } from '../../models/upload.js';
import { parseInput } from '../../validation.js';
import { changeAttachments, sameTarget } from './changeAttachments.js';

export async function detachUpload(ctx: AppContext, actor: Actor, rawUploadId: unknown, input: unknown): Promise<Upload> {
  const target = parseInput(detachUploadSchema, input, 'attachment');
  return changeAttachments(ctx, actor, rawUploadId, target, (current) => current.filter((existing) => !sameTarget(existing, target)));
}
