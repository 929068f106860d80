// The editable content of a resource: extracting it from a stored record, checking it
// (link or file, existing related practices, an upload the actor may attach) and turning it into stored fields.
import { Types } from 'mongoose';
import type { z } from 'zod';
import { excerpt, renderMarkdown } from '../../content/markdown.js';
import { foldToAscii } from '../../content/slug.js';
import type { Actor, AppContext } from '../../context.js';
import { AppError, badRequest } from '../../errors.js';
import type { createResourceSchema } from './schemas.js';
import type { Resource, ResourceEditableFields } from '../../models/resource.js';
import { can } from '../../policies/index.js';
import { readUpload } from '../uploads/uploadAccess.js';
import { missingItems } from '../shared/visibleItems.js';

export type ResourceInput = z.output<typeof createResourceSchema>;

const editableFieldNames = [
  'title', 'description', 'kind', 'language', 'licence', 'url', 'uploadId', 'tags', 'relatedPracticeIds', 'digCompEdu', 'digComp',
] as const satisfies readonly (keyof ResourceEditableFields)[];

/** The create input in the stored editable shape (a missing description is empty). */
export function resourceFieldsFromInput(input: ResourceInput): ResourceEditableFields {
  return { ...input, description: input.description ?? '' };
}

/** The editable fields of a stored resource (ids as strings); also the revision snapshot. */
export function resourceFieldsOf(resource: Resource): ResourceEditableFields {
  const fields: Record<string, unknown> = {};
  for (const key of editableFieldNames) {
    const value = resource[key];
    if (value === undefined || value === null) continue;
    if (key === 'uploadId') fields.uploadId = String(value);
    else if (key === 'relatedPracticeIds') fields.relatedPracticeIds = resource.relatedPracticeIds.map(String);
    else fields[key] = value;
  }
  return fields as unknown as ResourceEditableFields;
}

const invalid = (path: string, message: string, code = 'validation_failed'): AppError =>
  badRequest(code, `The resource is not valid — ${path}: ${message}.`, [{ path, message }]);

/**
 * Rules beyond the schema: a link or a file (not both), related practices that exist, and an upload the actor
 * owns (checked only when it changes, so an administrator's later edit keeps the author's file).
 */
export async function checkResourceFields(ctx: AppContext, actor: Actor, fields: ResourceEditableFields, previousUploadId?: string): Promise<void> {
  if ((fields.url === undefined) === (fields.uploadId === undefined)) {
    throw invalid('url', 'give either a url (a link) or an uploadId (a file), not both');
  }
  const related = (fields.relatedPracticeIds ?? []).map((id) => ({ type: 'practice' as const, id }));
  const missing = await missingItems(ctx, related);
  if (missing.length > 0) throw invalid('relatedPracticeIds', `${missing.join(', ')} is not a practice`, 'unknown_practice');
  if (fields.uploadId === undefined || fields.uploadId === previousUploadId) return;
  const upload = await readUpload(ctx, actor, fields.uploadId).catch(() => null);
  if (!upload || !can(actor, 'upload.attach', { ownerId: String(upload.upload.ownerId), targetAllows: true })) {
    throw invalid('uploadId', 'is not a file you uploaded', 'unknown_upload');
  }
}

/** The stored form of the editable fields: `$set` for present ones (with rendered HTML), `$unset` for absent ones. */
export function storedResourceFields(fields: ResourceEditableFields): { set: Record<string, unknown>; unset: Record<string, ''> } {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  for (const key of editableFieldNames) {
    const value = fields[key];
    if (value === undefined) unset[key] = '';
    else if (key === 'uploadId') set.uploadId = new Types.ObjectId(String(value));
    else if (key === 'relatedPracticeIds') set.relatedPracticeIds = (fields.relatedPracticeIds ?? []).map((id) => new Types.ObjectId(id));
    else set[key] = value;
  }
  if (unset.relatedPracticeIds === '') {
    delete unset.relatedPracticeIds;
    set.relatedPracticeIds = [];
  }
  set.descriptionHtml = fields.description.trim() ? renderMarkdown(fields.description) : '';
  set.excerpt = fields.description.trim() ? excerpt(fields.description) : '';
  set.sortTitle = foldToAscii(fields.title).toLowerCase().trim();
  return { set, unset };
}
