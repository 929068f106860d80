// Lists the plans a reader may see (the visibility rule is part of the query), by organisation, programme or status.
import { Types, type QueryFilter } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Plan } from '../../models/plan.js';
import type { Programme } from '../../models/programme.js';
import { isAdmin } from '../../policies/roles.js';
import { parseInput } from '../../validation.js';
import { activeOrganisationRoles } from '../organisations/loadOrganisation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { planQuerySchema } from './schemas.js';

/** The filter of plans `actor` may read: their organisations' plans, and others' published ones by visibility. */
export async function readablePlansFilter(ctx: AppContext, actor: Actor): Promise<QueryFilter<Plan>> {
  if (isAdmin(actor)) return {};
  const organisations = [...(await activeOrganisationRoles(ctx, actor.userId)).keys()].map((id) => new Types.ObjectId(id));
  const programmes = actor.userId
    ? (await ctx.models.Programme.find({ 'roles.userId': new Types.ObjectId(actor.userId) }, { _id: 1 }).lean<Pick<Programme, '_id'>[]>()).map((p) => p._id)
    : [];
  return {
    $or: [
      { organisationId: { $in: organisations } },
      { status: { $ne: 'draft' }, visibility: 'public' },
      { status: { $ne: 'draft' }, visibility: 'programme', programmeId: { $in: programmes } },
    ],
  };
}

export async function listPlans(ctx: AppContext, actor: Actor, query: unknown): Promise<PageResult<Plan>> {
  const { offset, limit, organisationId, programmeId, status } = parseInput(planQuerySchema, query, 'query');
  const filter: QueryFilter<Plan> = {
    $and: [
      await readablePlansFilter(ctx, actor),
      {
        ...(organisationId ? { organisationId: new Types.ObjectId(organisationId) } : {}),
        ...(programmeId ? { programmeId: new Types.ObjectId(programmeId) } : {}),
        ...(status ? { status } : {}),
      },
    ],
  };
  return findPage(ctx.models.Plan, filter, { updatedAt: -1, _id: 1 }, { offset, limit });
}
