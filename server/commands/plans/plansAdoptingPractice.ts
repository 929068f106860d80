// "Adopted by": the plans, among those the reader may read, with an action inspired by a practice or written up as
// it, each with its organisation's name, for the practice page.
import type { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import type { Plan } from '../../models/plan.js';
import { readablePlansFilter } from './listPlans.js';

export interface AdoptingPlan {
  readonly plan: Pick<Plan, '_id' | 'slug' | 'title' | 'status'>;
  readonly organisationName: string;
}

export async function plansAdoptingPractice(ctx: AppContext, actor: Actor, practiceId: Types.ObjectId): Promise<AdoptingPlan[]> {
  const plans = await ctx.models.Plan.find(
    { $and: [await readablePlansFilter(ctx, actor), { $or: [{ 'actions.inspiredByPracticeIds': practiceId }, { 'actions.producedPracticeId': practiceId }] }] },
    { slug: 1, title: 1, status: 1, organisationId: 1 },
  ).sort({ updatedAt: -1 }).limit(50).lean<Pick<Plan, '_id' | 'slug' | 'title' | 'status' | 'organisationId'>[]>();
  const organisations = await ctx.models.Organisation.find({ _id: { $in: plans.map((p) => p.organisationId) } }, { name: 1 }).lean<Pick<Organisation, '_id' | 'name'>[]>();
  const names = new Map(organisations.map((o) => [String(o._id), o.name]));
  return plans.map(({ organisationId, ...plan }) => ({ plan, organisationName: names.get(String(organisationId)) ?? '' }));
}
