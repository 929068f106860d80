// Plan editors add measured values to the plan's indicators (all or nothing, at the revision they saw).
import type { Actor, AppContext } from '../../context.js';
import type { Plan } from '../../models/plan.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadPlan } from './loadPlan.js';
import { mutatePlan } from './mutatePlan.js';
import { assertKnownIndicators, mergeMeasurements } from './recordMeasurements.js';
import { measurementsSchema } from './schemas.js';

export async function addMeasurements(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<Plan> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.edit', access);
  const { rev, values } = parseInput(measurementsSchema, input, 'measurements');
  assertKnownIndicators(plan, values);
  return mutatePlan(ctx, actor, plan, { action: 'plan.measurements.add', rev, data: { count: values.length }, change: (draft) => mergeMeasurements(draft.indicators, values) });
}
