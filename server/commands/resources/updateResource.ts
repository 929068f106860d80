// Edits a resource with optimistic concurrency: the client names the revision it edited, and an edit based on a
// stale revision is 409 `stale_revision`. Keeps a revision, moves the slug if the title changed, and keeps its file attached.
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { updateResourceSchema } from './schemas.js';
import type { Resource } from '../../models/resource.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { replaceFields } from '../shared/replaceFields.js';
import { changedFields, recordRevision } from '../shared/revisions.js';
import { saveEdit } from '../shared/saveEdit.js';
import { loadVisibleResource, resourceAccessOf } from './loadResource.js';
import { checkResourceFields, resourceFieldsOf, storedResourceFields } from './resourceContent.js';
import { syncResourceFile } from './resourceFile.js';

const staleRevision = (currentRev: number) =>
  conflict('stale_revision', 'This resource was changed after you opened it. Reload it, reapply your edit and save again.', { currentRev });

export async function updateResource(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Resource> {
  const current = await loadVisibleResource(ctx, actor, id);
  authorize(actor, 'resource.update', resourceAccessOf(current));
  const { rev, changes } = parseInput(updateResourceSchema, input, 'resource change');
  if (rev !== current.rev) throw staleRevision(current.rev);
  const before = resourceFieldsOf(current);
  const after = replaceFields(before, changes);
  const previousUploadId = before.uploadId;
  await checkResourceFields(ctx, actor, after, previousUploadId);
  const snapshot = after as unknown as Record<string, unknown>;
  const changed = changedFields(before as unknown as Record<string, unknown>, snapshot);
  if (changed.length === 0) return current;
  const { set, unset } = storedResourceFields(after);
  await saveEdit(ctx.models.Resource, current, { rev, title: after.title, set, unset, stale: staleRevision });
  await recordRevision(ctx.models.ResourceRevision, actor, { subjectId: current._id, rev: rev + 1, changedFields: changed, snapshot });
  ctx.events.emit('search.pending');
  const updated = await loadVisibleResource(ctx, actor, String(current._id));
  await syncResourceFile(ctx, actor, updated, previousUploadId);
  return updated;
}
