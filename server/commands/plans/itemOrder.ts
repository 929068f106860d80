// The order a plan's goals, actions and indicators are shown in: goals as a tree (each top-level goal followed by
// its sub-goals), actions and indicators grouped by goal in that order, sub-actions after their action. Within one
// level the stored array order holds, and an item moves only among its siblings.
import type { Types } from 'mongoose';
import type { Plan, PlanAction, PlanGoal, PlanIndicator } from '../../models/plan.js';

export type PlanItemKind = 'goals' | 'actions' | 'indicators';
export type PlanItem = PlanGoal | PlanAction | PlanIndicator;

const parentOf = (item: PlanItem): Types.ObjectId | null => ('parentId' in item ? item.parentId : null);
const goalOf = (item: PlanItem): Types.ObjectId | null => ('goalId' in item ? item.goalId : null);
const sameId = (a: Types.ObjectId | null, b: Types.ObjectId | null): boolean => (a === null || b === null ? a === b : a.equals(b));

/** The items of a kind that share this item's place: same parent goal (goals), same goal and parent (actions), same goal (indicators). */
export function siblingsOf<T extends PlanItem>(kind: PlanItemKind, list: readonly T[], item: PlanItem): T[] {
  return list.filter((entry) => (kind === 'goals' || sameId(goalOf(entry), goalOf(item))) && sameId(parentOf(entry), parentOf(item)));
}

function tree<T extends PlanItem>(items: readonly T[]): T[] {
  return items.filter((item) => !parentOf(item)).flatMap((top) => [top, ...items.filter((child) => parentOf(child)?.equals(top._id))]);
}

/** The goals in the order pages show them. */
export function goalsInOrder(plan: Pick<Plan, 'goals'>): PlanGoal[] {
  return tree(plan.goals);
}

/** Actions or indicators grouped by goal in the goals' order, sub-actions after their action. */
export function itemsByGoal<T extends PlanAction | PlanIndicator>(plan: Pick<Plan, 'goals'>, items: readonly T[]): T[] {
  return goalsInOrder(plan).flatMap((goal) => tree(items.filter((item) => item.goalId.equals(goal._id))));
}
