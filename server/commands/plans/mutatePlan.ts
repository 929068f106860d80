// Applies one change to a plan as a whole document: the change runs on a copy, the copy must pass the plan's
// rules, and it is written only if the stored plan is still at the revision the client saw (409 stale_revision
// otherwise, nothing written). Each change leaves a revision with a snapshot and an audit entry.
import type { Actor, AppContext } from '../../context.js';
import type { Plan } from '../../models/plan.js';
import { recordAudit } from '../recordAudit.js';
import { changedFields, recordRevision } from '../shared/revisions.js';
import { updateAtRevision } from '../shared/updateAtRevision.js';
import { assertPlanConsistent } from './planRules.js';
import { summarisePlan } from './planSummary.js';

const editable = ['title', 'vision', 'periodStart', 'periodEnd', 'status', 'visibility', 'reportEveryMonths', 'adoptedAt', 'lastReportAt', 'overallStatus', 'goals', 'actions', 'indicators'] as const;
type Editable = Pick<Plan, (typeof editable)[number]>;

export function planSnapshot(plan: Editable): Record<string, unknown> {
  return JSON.parse(JSON.stringify(Object.fromEntries(editable.map((key) => [key, plan[key]])))) as Record<string, unknown>;
}

export interface PlanChange {
  readonly action: string;
  readonly rev: number;
  readonly change: (draft: Editable) => void;
  readonly data?: Record<string, unknown>;
}

export async function mutatePlan(ctx: AppContext, actor: Actor, plan: Plan, change: PlanChange): Promise<Plan> {
  const draft: Editable = {
    ...(Object.fromEntries(editable.map((key) => [key, plan[key]])) as Editable),
    title: { ...plan.title },
    vision: { ...plan.vision },
    goals: plan.goals.map((goal) => ({ ...goal })),
    actions: plan.actions.map((action) => ({ ...action })),
    indicators: plan.indicators.map((indicator) => ({ ...indicator, measurements: [...indicator.measurements] })),
  };
  change.change(draft);
  assertPlanConsistent(draft);
  const before = planSnapshot(plan);
  const after = planSnapshot(draft);
  const fields = changedFields(before, after);
  const updated = await updateAtRevision(ctx.models.Plan, plan._id, change.rev, { $set: { ...draft, summary: summarisePlan(draft) } }, 'The plan');
  await recordRevision(ctx.models.PlanRevision, actor, { subjectId: plan._id, rev: updated.rev, changedFields: fields, snapshot: after });
  await recordAudit(ctx, actor, { action: change.action, subjectType: 'plan', subjectId: String(plan._id), data: { rev: updated.rev, ...change.data } });
  ctx.events.emit('search.pending');
  return updated;
}
