// Plan templates: programme organisers (or administrators) describe the structure their plans follow; anyone
// may list them to start a plan from one.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import type { PlanTemplate } from '../../models/planTemplate.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadProgramme } from '../programmes/loadProgramme.js';
import { planTemplateInputSchema } from './schemas.js';

export async function createPlanTemplate(ctx: AppContext, actor: Actor, input: unknown): Promise<PlanTemplate> {
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(planTemplateInputSchema, input, 'plan template');
  const roles = data.programmeId ? (await loadProgramme(ctx, actor, data.programmeId)).access.roles : [];
  authorize(actor, 'planTemplate.create', { programmeRoles: roles });
  const created = await ctx.models.PlanTemplate.create({ ...data, programmeId: data.programmeId ? new Types.ObjectId(data.programmeId) : null, createdBy: new Types.ObjectId(actor.userId) });
  const template = created.toObject();
  await recordAudit(ctx, actor, { action: 'planTemplate.create', subjectType: 'planTemplate', subjectId: String(template._id) });
  return template;
}

export async function listPlanTemplates(ctx: AppContext, programmeId?: string): Promise<PlanTemplate[]> {
  const filter = programmeId && /^[0-9a-f]{24}$/i.test(programmeId) ? { programmeId: { $in: [new Types.ObjectId(programmeId), null] } } : {};
  return ctx.models.PlanTemplate.find(filter).sort({ createdAt: 1 }).limit(100).lean<PlanTemplate[]>();
}
