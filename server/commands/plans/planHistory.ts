// A plan's history read back: its revisions (who changed which fields when), newest first.
import type { Actor, AppContext } from '../../context.js';
import type { Revision } from '../../models/revision.js';
import { loadPlan } from './loadPlan.js';

export async function planHistory(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<Revision[]> {
  const { plan } = await loadPlan(ctx, actor, idOrSlug);
  return ctx.models.PlanRevision.find({ subjectId: plan._id }, { snapshot: 0 }).sort({ rev: -1 }).limit(500).lean<Revision[]>();
}
