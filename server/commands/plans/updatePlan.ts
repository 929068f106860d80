// Edits a plan's own fields (title, vision, period, visibility, reporting interval) at the revision the client saw.
import type { Actor, AppContext } from '../../context.js';
import type { Plan } from '../../models/plan.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { dayOf, loadPlan } from './loadPlan.js';
import { mutatePlan } from './mutatePlan.js';
import { updatePlanSchema } from './schemas.js';

export async function updatePlan(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<Plan> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.edit', access);
  const { rev, periodStart, periodEnd, ...rest } = parseInput(updatePlanSchema, input, 'plan');
  return mutatePlan(ctx, actor, plan, {
    action: 'plan.update',
    rev,
    data: { fields: Object.keys({ ...rest, ...(periodStart ? { periodStart } : {}), ...(periodEnd ? { periodEnd } : {}) }) },
    change: (draft) => {
      Object.assign(draft, rest);
      if (periodStart) draft.periodStart = dayOf(periodStart);
      if (periodEnd) draft.periodEnd = dayOf(periodEnd);
    },
  });
}
