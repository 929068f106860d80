// The figures a plan keeps about itself on every write (actions done and delayed, open due dates, indicators at
// or past target), so the programme dashboard aggregates a few numbers per plan in the database.
import type { Plan, PlanIndicator, PlanSummary } from '../../models/plan.js';

export function reachesTarget(indicator: Pick<PlanIndicator, 'baselineValue' | 'targetValue' | 'latestValue'>): boolean {
  if (indicator.latestValue === null || indicator.latestValue === undefined) return false;
  return indicator.targetValue >= indicator.baselineValue ? indicator.latestValue >= indicator.targetValue : indicator.latestValue <= indicator.targetValue;
}

export function summarisePlan(plan: Pick<Plan, 'actions' | 'indicators'>): PlanSummary {
  return {
    actionsTotal: plan.actions.length,
    actionsDone: plan.actions.filter((a) => a.status === 'done').length,
    actionsDelayed: plan.actions.filter((a) => a.status === 'delayed').length,
    openActionDues: plan.actions.flatMap((a) => ((a.status === 'not-started' || a.status === 'in-progress') && a.due ? [a.due] : [])),
    indicatorsTotal: plan.indicators.length,
    indicatorsAtTarget: plan.indicators.filter(reachesTarget).length,
  };
}
