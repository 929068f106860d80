// Moves a plan along its workflow: draft → adopted → in implementation → completed, or to discontinued from any
// open state. Adopting records the day; any other step is 409 invalid_transition.
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { Plan, PlanStatus } from '../../models/plan.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadPlan } from './loadPlan.js';
import { mutatePlan } from './mutatePlan.js';
import { planStatusSchema } from './schemas.js';

export const planTransitions: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['adopted', 'discontinued'],
  adopted: ['in-implementation', 'discontinued'],
  'in-implementation': ['completed', 'discontinued'],
  completed: [],
  discontinued: [],
};

export async function changePlanStatus(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<Plan> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.changeStatus', access);
  const { rev, status } = parseInput(planStatusSchema, input, 'status change');
  if (!planTransitions[plan.status].includes(status)) {
    throw conflict('invalid_transition', `A plan that is ${plan.status} cannot become ${status}.`, { from: plan.status, to: status, allowed: planTransitions[plan.status] });
  }
  return mutatePlan(ctx, actor, plan, {
    action: `plan.status.${status}`,
    rev,
    data: { from: plan.status, to: status },
    change: (draft) => {
      draft.status = status;
      if (status === 'adopted') draft.adoptedAt = new Date();
    },
  });
}
