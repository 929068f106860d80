// An advisor (or organiser) of the plan's programme answers a progress report with feedback in Markdown.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { renderMarkdown } from '../../content/markdown.js';
import type { PlanReport } from '../../models/planReport.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadPlan } from './loadPlan.js';
import { feedbackInputSchema } from './schemas.js';

export async function giveFeedback(ctx: AppContext, actor: Actor, idOrSlug: unknown, reportId: unknown, input: unknown): Promise<PlanReport> {
  if (!actor.userId) throw unauthenticated();
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.feedback', access);
  const id = parseObjectId(reportId, 'The report');
  const { body } = parseInput(feedbackInputSchema, input, 'feedback');
  const entry = { _id: new Types.ObjectId(), authorId: new Types.ObjectId(actor.userId), body, bodyHtml: renderMarkdown(body), at: new Date() };
  const updated = await ctx.models.PlanReport.findOneAndUpdate({ _id: id, planId: plan._id }, { $push: { feedback: entry } }, { returnDocument: 'after' }).lean<PlanReport>();
  if (!updated) throw notFound('The report');
  await recordAudit(ctx, actor, { action: 'plan.report.feedback', subjectType: 'planReport', subjectId: id, data: { planId: String(plan._id), feedbackId: String(entry._id) } });
  return updated;
}
