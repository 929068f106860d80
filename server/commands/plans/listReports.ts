// A plan's progress reports, newest first, to whoever may read the plan.
import type { Actor, AppContext } from '../../context.js';
import type { PlanReport } from '../../models/planReport.js';
import { loadPlan } from './loadPlan.js';

export async function listReports(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<PlanReport[]> {
  const { plan } = await loadPlan(ctx, actor, idOrSlug);
  return ctx.models.PlanReport.find({ planId: plan._id }).sort({ submittedAt: -1, _id: -1 }).limit(200).lean<PlanReport[]>();
}
