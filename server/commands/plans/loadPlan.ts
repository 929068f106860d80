// Loads a plan (by id or slug) with the actor's relation to it; a plan the actor may not read is 404, so its
// existence is not leaked.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import type { Plan } from '../../models/plan.js';
import type { Programme } from '../../models/programme.js';
import { can } from '../../policies/index.js';
import type { PlanAccess } from '../../policies/planPolicy.js';
import { findOrganisationMembership } from '../organisations/loadOrganisation.js';
import { programmeAccessOf } from '../programmes/loadProgramme.js';
import { idOrSlugFilter } from '../shared/idOrSlug.js';

export interface LoadedPlan {
  plan: Plan;
  access: PlanAccess;
}

export function planAccessOf(
  plan: Pick<Plan, 'status' | 'visibility'>,
  membership: Pick<OrganisationMembership, 'role' | 'state'> | null,
  programme: Pick<Programme, 'roles'> | null,
  userId: string | null,
): PlanAccess {
  return {
    status: plan.status,
    visibility: plan.visibility,
    organisationRole: membership?.state === 'active' ? membership.role : null,
    programmeRoles: programme ? programmeAccessOf(programme, userId).roles : [],
  };
}

export async function planAccessFor(ctx: AppContext, actor: Actor, plan: Plan): Promise<PlanAccess> {
  const [membership, programme] = await Promise.all([
    findOrganisationMembership(ctx, plan.organisationId, actor.userId),
    plan.programmeId ? ctx.models.Programme.findById(plan.programmeId, { roles: 1 }).lean<Pick<Programme, 'roles'>>() : null,
  ]);
  return planAccessOf(plan, membership, programme, actor.userId);
}

export async function loadPlan(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<LoadedPlan> {
  const plan = await ctx.models.Plan.findOne(idOrSlugFilter(idOrSlug, 'The plan')).lean<Plan>();
  if (!plan) throw notFound('The plan');
  const access = await planAccessFor(ctx, actor, plan);
  if (!can(actor, 'plan.read', access)) throw notFound('The plan');
  return { plan, access };
}

export const dayOf = (value: string): Date => new Date(`${value}T00:00:00Z`);
export const toObjectId = (id: string): Types.ObjectId => new Types.ObjectId(id);
