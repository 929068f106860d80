// A plan editor submits a progress report: the period, each action's status and note, new indicator values and
// an overall status, with achievements and difficulties in Markdown. The plan takes the new statuses and values
// (one revision) and remembers the report's day; a completed or discontinued plan takes no reports.
import type { Actor, AppContext } from '../../context.js';
import { badRequest, conflict, unauthenticated } from '../../errors.js';
import { renderMarkdown } from '../../content/markdown.js';
import type { PlanReport } from '../../models/planReport.js';
import { authorize } from '../../policies/index.js';
import { isClosedPlan } from '../../policies/planPolicy.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { dayOf, loadPlan, toObjectId } from './loadPlan.js';
import { mutatePlan } from './mutatePlan.js';
import { assertKnownIndicators, mergeMeasurements } from './recordMeasurements.js';
import { reportInputSchema } from './schemas.js';

export async function submitReport(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<PlanReport> {
  if (!actor.userId) throw unauthenticated();
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.report', access);
  const data = parseInput(reportInputSchema, input, 'report');
  if (isClosedPlan(plan.status)) throw conflict('plan_closed', `This plan is ${plan.status}: it takes no more reports.`);
  if (plan.status === 'draft') throw conflict('plan_not_adopted', 'A draft plan has nothing to report on yet: adopt it first.');
  if (data.periodEnd < data.periodStart) throw badRequest('dates_out_of_order', 'The reporting period must end on or after its start.', [{ path: 'periodEnd', message: 'is before the start' }]);
  const actionIds = new Set(plan.actions.map((action) => String(action._id)));
  const unknownActions = data.actionUpdates.flatMap((u, index) => (actionIds.has(u.actionId) ? [] : [{ row: index + 1, path: `actionUpdates.${index}.actionId`, message: 'is not an action of this plan' }]));
  if (unknownActions.length > 0) throw badRequest('unknown_action', 'The report names an action this plan does not have; nothing was saved.', unknownActions);
  assertKnownIndicators(plan, data.indicatorValues);
  const updated = await mutatePlan(ctx, actor, plan, {
    action: 'plan.report',
    rev: data.rev,
    change: (draft) => {
      for (const update of data.actionUpdates) {
        const action = draft.actions.find((a) => String(a._id) === update.actionId);
        if (action) Object.assign(action, { status: update.status, reason: update.reason ?? (update.status === 'delayed' || update.status === 'dropped' ? update.note || null : null) });
      }
      mergeMeasurements(draft.indicators, data.indicatorValues);
      draft.lastReportAt = new Date();
      draft.overallStatus = data.overallStatus;
      if (draft.status === 'adopted') draft.status = 'in-implementation';
    },
  });
  const created = await ctx.models.PlanReport.create({
    planId: plan._id,
    periodStart: dayOf(data.periodStart),
    periodEnd: dayOf(data.periodEnd),
    overallStatus: data.overallStatus,
    achievements: data.achievements,
    achievementsHtml: renderMarkdown(data.achievements),
    difficulties: data.difficulties,
    difficultiesHtml: renderMarkdown(data.difficulties),
    actionUpdates: data.actionUpdates.map((u) => ({ actionId: toObjectId(u.actionId), status: u.status, note: u.note })),
    indicatorValues: data.indicatorValues.map((v) => ({ ...v, indicatorId: toObjectId(v.indicatorId), date: dayOf(v.date) })),
    feedback: [],
    submittedBy: toObjectId(actor.userId),
    submittedAt: updated.lastReportAt ?? new Date(),
  });
  const report = created.toObject();
  await recordAudit(ctx, actor, { action: 'plan.report.submit', subjectType: 'planReport', subjectId: String(report._id), data: { planId: String(plan._id) } });
  return report;
}
