// The checks a plan must pass after every change, beyond the shape of the input: periods and date ranges in
// order, goals and actions nested at most one level, references to goals, actions and indicators that exist, and
// a reason for a delayed or dropped action. Each failure is a 400 with a stable code and a sentence.
import { badRequest } from '../../errors.js';
import type { Plan, PlanAction } from '../../models/plan.js';

type PlanShape = Pick<Plan, 'periodStart' | 'periodEnd' | 'goals' | 'actions' | 'indicators'>;

const outOfOrder = (path: string, message: string) => badRequest('dates_out_of_order', message, [{ path, message: 'is before the start' }]);

export function needsReason(action: Pick<PlanAction, 'status' | 'reason'>): boolean {
  return (action.status === 'delayed' || action.status === 'dropped') && !action.reason?.trim();
}

export function assertPlanConsistent(plan: PlanShape): void {
  if (plan.periodEnd < plan.periodStart) throw outOfOrder('periodEnd', 'The plan must end on or after the day it starts.');
  const goals = new Map(plan.goals.map((goal) => [String(goal._id), goal]));
  for (const goal of plan.goals) {
    if (!goal.parentId) continue;
    const parent = goals.get(String(goal.parentId));
    if (!parent || parent._id.equals(goal._id)) throw badRequest('unknown_goal', 'The parent goal does not exist in this plan.', [{ path: 'parentId', message: 'is not a goal of this plan' }]);
    if (parent.parentId) throw badRequest('nesting_too_deep', 'Goals can be nested only one level: choose a top-level goal as the parent.', [{ path: 'parentId', message: 'is itself a sub-goal' }]);
  }
  const actions = new Map(plan.actions.map((action) => [String(action._id), action]));
  for (const action of plan.actions) {
    if (!goals.has(String(action.goalId))) throw badRequest('unknown_goal', 'The action belongs to a goal that does not exist in this plan.', [{ path: 'goalId', message: 'is not a goal of this plan' }]);
    if (action.parentId) {
      const parent = actions.get(String(action.parentId));
      if (!parent || parent._id.equals(action._id)) throw badRequest('unknown_action', 'The parent action does not exist in this plan.', [{ path: 'parentId', message: 'is not an action of this plan' }]);
      if (parent.parentId) throw badRequest('nesting_too_deep', 'Actions can be nested only one level: choose a top-level action as the parent.', [{ path: 'parentId', message: 'is itself a sub-action' }]);
    }
    if (action.start && action.due && action.due < action.start) throw outOfOrder('due', 'An action must be due on or after the day it starts.');
    if (needsReason(action)) throw badRequest('reason_required', 'A delayed or dropped action needs a reason.', [{ path: 'reason', message: 'is required for a delayed or dropped action' }]);
  }
  for (const indicator of plan.indicators) {
    if (!goals.has(String(indicator.goalId))) throw badRequest('unknown_goal', 'The indicator belongs to a goal that does not exist in this plan.', [{ path: 'goalId', message: 'is not a goal of this plan' }]);
    if (indicator.targetDate < indicator.baselineDate) throw outOfOrder('targetDate', 'An indicator’s target date must be on or after its baseline date.');
  }
}
