// The editable content of a collection: merging an edit, checking that items and organisers exist, and the stored
// form (each introduction rendered to safe HTML, the sort title, ObjectIds).
import { Types } from 'mongoose';
import type { z } from 'zod';
import { renderMarkdown } from '../../content/markdown.js';
import { foldToAscii } from '../../content/slug.js';
import type { AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { createCollectionSchema } from './schemas.js';
import type { Collection } from '../../models/collection.js';
import type { User } from '../../models/user.js';
import { can } from '../../policies/index.js';
import { missingItems } from '../shared/visibleItems.js';

export type CollectionFields = z.output<typeof createCollectionSchema>;

/** The editable fields of a stored collection, in the input shape. */
export function collectionFieldsOf(collection: Collection): CollectionFields {
  return {
    title: { ...collection.title },
    introduction: { ...collection.introduction },
    ...(collection.event ? { event: { ...collection.event } } : {}),
    organiserIds: collection.organiserIds.map(String),
    items: collection.items.map((item) => ({ type: item.type, id: String(item.id), ...(item.section ? { section: item.section } : {}) })),
    sections: (collection.sections ?? []).map((section) => ({ id: section.id, title: { ...section.title } })),
  };
}

/** The title that names the slug: the first language given. */
export const slugTitle = (fields: CollectionFields): string => Object.values(fields.title)[0] ?? '';

/** Items may only name sections the collection has. */
function checkSections(fields: CollectionFields): void {
  const sections = new Set((fields.sections ?? []).map((section) => section.id));
  const unknown = [...new Set((fields.items ?? []).flatMap((item) => (item.section && !sections.has(item.section) ? [item.section] : [])))];
  if (unknown.length > 0) {
    throw badRequest('unknown_section', `Items name sections the collection does not have: ${unknown.join(', ')}.`, [
      { path: 'items', message: `section ${unknown.join(', ')} not found` },
    ]);
  }
}

/** Items must name existing practices or resources (and sections), organisers existing people the policy lets organise. */
export async function checkCollectionReferences(ctx: AppContext, fields: CollectionFields): Promise<void> {
  checkSections(fields);
  const missing = await missingItems(ctx, fields.items ?? []);
  if (missing.length > 0) {
    throw badRequest('unknown_item', `The collection lists items that do not exist: ${missing.join(', ')}.`, [
      { path: 'items', message: `${missing.join(', ')} not found` },
    ]);
  }
  const organiserIds = fields.organiserIds ?? [];
  const people = await ctx.models.User.find({ _id: { $in: organiserIds } }, { roles: 1 }).lean<Array<Pick<User, '_id' | 'roles'>>>();
  const organisers = people.filter((person) => can({ userId: String(person._id), roles: person.roles }, 'collection.beOrganiser'));
  if (organisers.length !== organiserIds.length) {
    throw badRequest('unknown_organiser', 'Every organiser of a collection must be a member with the organiser role.', [
      { path: 'organiserIds', message: 'names someone who is not an organiser' },
    ]);
  }
}

/** The stored form of the editable fields, for `$set` (absent event → `$unset`). */
export function storedCollectionFields(fields: CollectionFields): { set: Record<string, unknown>; unset: Record<string, ''> } {
  const introduction = fields.introduction ?? {};
  const set: Record<string, unknown> = {
    title: fields.title,
    introduction,
    introductionHtml: Object.fromEntries(Object.entries(introduction).map(([lang, text]) => [lang, renderMarkdown(text)])),
    sortTitle: foldToAscii(slugTitle(fields)).toLowerCase().trim(),
    organiserIds: (fields.organiserIds ?? []).map((id) => new Types.ObjectId(id)),
    items: (fields.items ?? []).map((item) => ({ type: item.type, id: new Types.ObjectId(item.id), ...(item.section ? { section: item.section } : {}) })),
    sections: fields.sections ?? [],
  };
  if (fields.event) set.event = fields.event;
  return { set, unset: fields.event ? {} : { event: '' } };
}
