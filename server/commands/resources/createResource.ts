// Creates a resource draft for the signed-in author: validates the input (link or own upload, existing related
// practices), renders Markdown, claims a unique slug, records revision 1 and the audit entry, and marks search work;
// written for an organisation, it belongs to it.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { createResourceSchema } from './schemas.js';
import type { Resource } from '../../models/resource.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { changedFields, recordRevision } from '../shared/revisions.js';
import { freeSlug, withSlugRetry } from '../shared/slugs.js';
import { checkResourceFields, resourceFieldsFromInput, storedResourceFields } from './resourceContent.js';
import { organisationForNewItem } from '../organisations/organisationContent.js';
import { syncResourceFile } from './resourceFile.js';

export async function createResource(ctx: AppContext, actor: Actor, input: unknown): Promise<Resource> {
  authorize(actor, 'resource.create');
  const { organisationId: organisationInput, ...data } = parseInput(createResourceSchema, input, 'resource');
  const fields = resourceFieldsFromInput(data);
  await checkResourceFields(ctx, actor, fields);
  const organisationId = organisationInput ? (await organisationForNewItem(ctx, actor, organisationInput))._id : null;
  const { set } = storedResourceFields(fields);
  const created = await withSlugRetry(async () =>
    ctx.models.Resource.create({
      ...set,
      slug: await freeSlug(ctx.models.Resource, fields.title),
      state: 'draft',
      organisationId,
      authorId: new Types.ObjectId(actor.userId ?? undefined),
    }),
  );
  const resource = created.toObject() as Resource;
  const snapshot = fields as unknown as Record<string, unknown>;
  await recordRevision(ctx.models.ResourceRevision, actor, {
    subjectId: resource._id,
    rev: resource.rev,
    changedFields: changedFields({}, snapshot),
    snapshot,
  });
  await syncResourceFile(ctx, actor, resource);
  await recordAudit(ctx, actor, { action: 'resource.create', subjectType: 'resource', subjectId: String(resource._id) });
  ctx.events.emit('search.pending');
  return resource;
}
