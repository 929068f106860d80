// The catalogue: published trainings and events by start date (upcoming first when asked), filtered by kind,
// format and programme; organisers may list drafts too.
import type { QueryFilter } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Training } from '../../models/training.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { trainingListQuerySchema } from './schemas.js';

export async function listTrainings(ctx: AppContext, actor: Actor, input: unknown): Promise<PageResult<Training>> {
  const query = parseInput(trainingListQuerySchema, input, 'list query');
  const state = query.state ?? 'published';
  if (state !== 'published' && !can(actor, 'training.listAllStates')) return { items: [], page: { offset: query.offset, limit: query.limit, total: 0 } };
  const now = new Date();
  const filter: QueryFilter<Training> = {
    deletedAt: null,
    cancelledAt: null,
    state,
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.format ? { format: query.format } : {}),
    ...(query.programmeId ? { programmeId: query.programmeId } : {}),
    ...(query.when === 'upcoming' ? { $or: [{ endsAt: { $gte: now } }, { endsAt: null }] } : {}),
    ...(query.when === 'past' ? { endsAt: { $lt: now } } : {}),
  };
  return findPage(ctx.models.Training, filter, query.when === 'past' ? { startsAt: -1, _id: -1 } : { startsAt: 1, _id: 1 }, query);
}
