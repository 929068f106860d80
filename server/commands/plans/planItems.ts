// Adds, edits and removes a plan's goals, actions and indicators, each as one change of the whole plan at the
// revision the client saw. A goal that still holds actions, indicators or sub-goals cannot be removed. An item moves
// one place up or down among its siblings (same parent goal or action), which is the order every page shows.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { Plan, PlanAction, PlanGoal, PlanIndicator } from '../../models/plan.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { dayOf, loadPlan, toObjectId } from './loadPlan.js';
import { mutatePlan } from './mutatePlan.js';
import { siblingsOf, type PlanItem, type PlanItemKind } from './itemOrder.js';
import { actionInputSchema, goalInputSchema, indicatorInputSchema, moveItemSchema, removeItemSchema } from './schemas.js';

export type { PlanItemKind } from './itemOrder.js';

const nouns: Record<PlanItemKind, string> = { goals: 'The goal', actions: 'The action', indicators: 'The indicator' };
const optionalDay = (value: string | null): Date | null => (value ? dayOf(value) : null);
const optionalId = (value: string | null): Types.ObjectId | null => (value ? toObjectId(value) : null);

function buildItem(kind: PlanItemKind, input: unknown, _id: Types.ObjectId, existing: PlanGoal | PlanAction | PlanIndicator | undefined): { rev: number; item: PlanGoal | PlanAction | PlanIndicator } {
  if (kind === 'goals') {
    const { rev, title, parentId } = parseInput(goalInputSchema, input, 'goal');
    return { rev, item: { _id, title, parentId: optionalId(parentId) } };
  }
  if (kind === 'actions') {
    const { rev, ...a } = parseInput(actionInputSchema, input, 'action');
    const item: PlanAction = {
      _id, goalId: toObjectId(a.goalId), parentId: optionalId(a.parentId), description: a.description, owner: a.owner, start: optionalDay(a.start), due: optionalDay(a.due),
      status: a.status, reason: a.reason, budget: a.budget, fundingSource: a.fundingSource, inspiredByPracticeIds: a.inspiredByPracticeIds.map(toObjectId),
      inspiredByResourceIds: a.inspiredByResourceIds.map(toObjectId), producedPracticeId: optionalId(a.producedPracticeId),
    };
    return { rev, item };
  }
  const { rev, ...i } = parseInput(indicatorInputSchema, input, 'indicator');
  const measurements = existing && 'measurements' in existing ? existing.measurements : [];
  const latestValue = existing && 'latestValue' in existing ? existing.latestValue : null;
  const item: PlanIndicator = {
    _id, goalId: toObjectId(i.goalId), name: i.name, unit: i.unit, baselineValue: i.baselineValue, baselineDate: dayOf(i.baselineDate),
    targetValue: i.targetValue, targetDate: dayOf(i.targetDate), measurements, latestValue,
  };
  return { rev, item };
}

function itemsOf(draft: Pick<Plan, PlanItemKind>, kind: PlanItemKind): { _id: Types.ObjectId }[] {
  return draft[kind];
}

/** Adds an item (itemId null) or replaces the item with this id. */
export async function savePlanItem(ctx: AppContext, actor: Actor, idOrSlug: unknown, kind: PlanItemKind, itemId: unknown, input: unknown): Promise<Plan> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.edit', access);
  const id = itemId === null ? new Types.ObjectId() : toObjectId(parseObjectId(itemId, nouns[kind]));
  const existing = itemsOf(plan, kind).find((item) => item._id.equals(id)) as PlanGoal | PlanAction | PlanIndicator | undefined;
  if (itemId !== null && !existing) throw notFound(nouns[kind]);
  const { rev, item } = buildItem(kind, input, id, existing);
  return mutatePlan(ctx, actor, plan, {
    action: `plan.${kind}.${existing ? 'update' : 'add'}`,
    rev,
    data: { itemId: String(id) },
    change: (draft) => {
      const list = itemsOf(draft, kind);
      const index = list.findIndex((entry) => entry._id.equals(id));
      if (index === -1) list.push(item);
      else list[index] = item;
    },
  });
}

export async function removePlanItem(ctx: AppContext, actor: Actor, idOrSlug: unknown, kind: PlanItemKind, itemId: unknown, input: unknown): Promise<Plan> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.edit', access);
  const id = toObjectId(parseObjectId(itemId, nouns[kind]));
  const { rev } = parseInput(removeItemSchema, input, 'request');
  if (!itemsOf(plan, kind).some((item) => item._id.equals(id))) throw notFound(nouns[kind]);
  if (kind === 'goals') {
    const holds = [...plan.actions, ...plan.indicators].some((item) => item.goalId.equals(id)) || plan.goals.some((goal) => goal.parentId?.equals(id));
    if (holds) throw conflict('goal_not_empty', 'This goal still has actions, indicators or sub-goals: move or remove them first.');
  }
  return mutatePlan(ctx, actor, plan, {
    action: `plan.${kind}.remove`,
    rev,
    data: { itemId: String(id) },
    change: (draft) => {
      if (kind === 'goals') draft.goals = draft.goals.filter((goal) => !goal._id.equals(id));
      if (kind === 'actions') draft.actions = draft.actions.filter((action) => !action._id.equals(id) && !action.parentId?.equals(id));
      if (kind === 'indicators') draft.indicators = draft.indicators.filter((indicator) => !indicator._id.equals(id));
    },
  });
}

/** Moves an item one place up or down among its siblings (409 item_at_edge when it is already first or last). */
export async function movePlanItem(ctx: AppContext, actor: Actor, idOrSlug: unknown, kind: PlanItemKind, itemId: unknown, input: unknown): Promise<Plan> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.edit', access);
  const id = toObjectId(parseObjectId(itemId, nouns[kind]));
  const { rev, direction } = parseInput(moveItemSchema, input, 'request');
  const list: PlanItem[] = itemsOf(plan, kind) as PlanItem[];
  const item = list.find((entry) => entry._id.equals(id));
  if (!item) throw notFound(nouns[kind]);
  const row = siblingsOf(kind, list, item);
  const neighbour = row[row.indexOf(item) + (direction === 'up' ? -1 : 1)];
  if (!neighbour) throw conflict('item_at_edge', direction === 'up' ? 'This item is already the first of its level.' : 'This item is already the last of its level.');
  return mutatePlan(ctx, actor, plan, {
    action: `plan.${kind}.move`,
    rev,
    data: { itemId: String(id), direction },
    change: (draft) => {
      const entries = itemsOf(draft, kind);
      const from = entries.findIndex((entry) => entry._id.equals(id));
      const to = entries.findIndex((entry) => entry._id.equals(neighbour._id));
      [entries[from], entries[to]] = [entries[to] as { _id: Types.ObjectId }, entries[from] as { _id: Types.ObjectId }];
    },
  });
}
