// Reading practices: one by id, one by slug (an old slug answers with the current one to redirect to), and
// filtered, sorted, paged lists that only ever contain what the reader may see; and the changes waiting for review.
import { Types, type QueryFilter } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { practiceListQuerySchema } from './schemas.js';
import type { Practice } from '../../models/practice.js';
import { authorize, can } from '../../policies/index.js';
import { termIds } from '../../vocab/index.js';
import { recordTarget } from './practiceChanges.js';
import { parseInput } from '../../validation.js';
import { findBySlug } from '../shared/findBySlug.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { competenceFilter, listSorts, listVisibilityFilter } from '../shared/listFilters.js';
import { canView, loadVisiblePractice } from './loadPractice.js';

export const getPractice = loadVisiblePractice;

export type SlugLookup = { practice: Practice } | { redirectTo: string };

export async function getPracticeBySlug(ctx: AppContext, actor: Actor, slug: unknown): Promise<SlugLookup> {
  const found = await findBySlug(ctx.models.Practice, slug);
  if (!found || !canView(actor, found.doc)) throw notFound('The practice');
  return found.moved ? { redirectTo: found.doc.slug } : { practice: found.doc };
}

export async function listPractices(ctx: AppContext, actor: Actor, input: unknown): Promise<PageResult<Practice>> {
  const query = parseInput(practiceListQuerySchema, input, 'list query');
  const filter: QueryFilter<Practice> = {
    deletedAt: null,
    ...listVisibilityFilter(actor, query, can(actor, 'practice.listAllStates'), 'practices'),
  };
  const conditions: QueryFilter<Practice>[] = [];
  if (query.type) filter.practiceType = query.type;
  if (query.sector) filter.sector = query.sector;
  if (query.country) filter.country = query.country;
  if (query.language) filter.languages = query.language;
  if (query.level) filter.educationLevels = query.level;
  if (query.featured !== undefined) filter.featured = query.featured;
  if (query.community) filter.communityId = new Types.ObjectId(query.community);
  if (query.author) conditions.push({ authorId: new Types.ObjectId(query.author) });
  if (query.competence) Object.assign(filter, competenceFilter(query.competence));
  if (conditions.length > 0) filter.$and = conditions;
  return findPage(ctx.models.Practice, filter, listSorts[query.sort], query);
}

/** Published practices with a change (to the record or a translation) waiting for review, for the review queue. */
export async function listSubmittedChanges(ctx: AppContext, actor: Actor): Promise<Practice[]> {
  authorize(actor, 'practice.listAllStates');
  const waiting = [recordTarget, ...termIds('languages')].map((target) => ({ [`pendingChanges.${target}.state`]: 'submitted' }));
  return ctx.models.Practice.find({ deletedAt: null, state: 'published', $or: waiting }).sort({ updatedAt: -1 }).limit(100).lean<Practice[]>();
}
