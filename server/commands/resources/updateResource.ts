// Edits a resource through the shared edit skeleton (optimistic concurrency on `rev`, 409 `stale_revision` on a stale
// one): keeps a revision, moves the slug if the title changed, and keeps its file attached.
import type { Actor, AppContext } from '../../context.js';
import type { Resource, ResourceEditableFields } from '../../models/resource.js';
import { authorize } from '../../policies/index.js';
import { editWithRevision, type EditableKind } from '../shared/editWithRevision.js';
import { replaceFields } from '../shared/replaceFields.js';
import { loadVisibleResource, resourceAccessOf } from './loadResource.js';
import { checkResourceFields, resourceFieldsOf, storedResourceFields } from './resourceContent.js';
import { syncResourceFile } from './resourceFile.js';
import { updateResourceSchema } from './schemas.js';

const editableResource: EditableKind<Resource, ResourceEditableFields, Record<string, unknown>> = {
  name: 'resource', schema: updateResourceSchema, searchable: true,
  model: (ctx) => ctx.models.Resource, revisions: (ctx) => ctx.models.ResourceRevision,
  load: loadVisibleResource, authorize: (actor, resource) => authorize(actor, 'resource.update', resourceAccessOf(resource)),
  fieldsOf: resourceFieldsOf, merge: replaceFields, store: storedResourceFields, slugTitle: (fields) => fields.title,
  check: (ctx, actor, after, before) => checkResourceFields(ctx, actor, after, before.uploadId),
};

export async function updateResource(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Resource> {
  const { updated, before, changed } = await editWithRevision(ctx, actor, editableResource, id, input);
  if (changed) await syncResourceFile(ctx, actor, updated, before.uploadId);
  return updated;
}
