// Sorted, paged lists of collections: published ones for everyone, drafts and scheduled ones for organisers.
import type { QueryFilter, SortOrder } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { collectionListQuerySchema } from './schemas.js';
import type { Collection } from '../../models/collection.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';

const sorts: Readonly<Record<'newest' | 'event' | 'title', Record<string, SortOrder>>> = {
  newest: { publishedAt: -1, createdAt: -1, _id: -1 },
  event: { 'event.date': -1, _id: -1 },
  title: { sortTitle: 1, _id: 1 },
};

export async function listCollections(ctx: AppContext, actor: Actor, input: unknown): Promise<PageResult<Collection>> {
  const query = parseInput(collectionListQuerySchema, input, 'list query');
  const state = query.state ?? 'published';
  const visible = state === 'published' || can(actor, 'collection.listAllStates');
  const filter: QueryFilter<Collection> = visible ? { deletedAt: null, state } : { _id: { $exists: false } };
  return findPage(ctx.models.Collection, filter, sorts[query.sort], query);
}
