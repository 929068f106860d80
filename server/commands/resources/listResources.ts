// Filtered, sorted, paged lists of resources that only ever contain what the reader may see.
import { Types, type QueryFilter } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { resourceListQuerySchema } from './schemas.js';
import type { Resource } from '../../models/resource.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { competenceFilter, listSorts, listVisibilityFilter } from '../shared/listFilters.js';

export async function listResources(ctx: AppContext, actor: Actor, input: unknown): Promise<PageResult<Resource>> {
  const query = parseInput(resourceListQuerySchema, input, 'list query');
  const filter: QueryFilter<Resource> = {
    deletedAt: null,
    ...listVisibilityFilter(actor, query, can(actor, 'resource.listAllStates'), 'resources'),
  };
  if (query.kind) filter.kind = query.kind;
  if (query.language) filter.language = query.language;
  if (query.licence) filter.licence = query.licence;
  if (query.tag) filter.tags = query.tag;
  if (query.practice) filter.relatedPracticeIds = new Types.ObjectId(query.practice);
  if (query.author) filter.$and = [{ authorId: new Types.ObjectId(query.author) }];
  if (query.competence) Object.assign(filter, competenceFilter(query.competence));
  return findPage(ctx.models.Resource, filter, listSorts[query.sort], query);
}
