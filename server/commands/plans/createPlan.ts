// Starts a plan as a draft of an organisation (its plan editors and admins), optionally within a programme the
// organisation belongs to and from a template whose goals, actions and indicators it copies.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, notFound, unauthenticated } from '../../errors.js';
import type { Plan } from '../../models/plan.js';
import type { PlanTemplate } from '../../models/planTemplate.js';
import type { Programme } from '../../models/programme.js';
import { uniqueSlug } from '../../content/slug.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { recordRevision } from '../shared/revisions.js';
import { loadOrganisation } from '../organisations/loadOrganisation.js';
import { dayOf, toObjectId } from './loadPlan.js';
import { planSnapshot } from './mutatePlan.js';
import { planOrganisationOf } from './planOrganisation.js';
import { assertPlanConsistent } from './planRules.js';
import { summarisePlan } from './planSummary.js';
import { createPlanSchema, type CreatePlanInput } from './schemas.js';

function structureFrom(template: PlanTemplate, data: CreatePlanInput): Pick<Plan, 'goals' | 'actions' | 'indicators'> {
  const structure: Pick<Plan, 'goals' | 'actions' | 'indicators'> = { goals: [], actions: [], indicators: [] };
  for (const goal of template.goals) {
    const goalId = new Types.ObjectId();
    structure.goals.push({ _id: goalId, parentId: null, title: goal.title });
    for (const description of goal.actions) {
      structure.actions.push({
        _id: new Types.ObjectId(), goalId, parentId: null, description, owner: '', start: null, due: null, status: 'not-started', reason: null,
        budget: null, fundingSource: null, inspiredByPracticeIds: [], inspiredByResourceIds: [], producedPracticeId: null,
      });
    }
    for (const indicator of goal.indicators) {
      structure.indicators.push({
        _id: new Types.ObjectId(), goalId, name: indicator.name, unit: indicator.unit, baselineValue: 0, baselineDate: dayOf(data.periodStart),
        targetValue: 0, targetDate: dayOf(data.periodEnd), measurements: [], latestValue: null,
      });
    }
  }
  return structure;
}

export async function createPlan(ctx: AppContext, actor: Actor, input: unknown): Promise<Plan> {
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createPlanSchema, input, 'plan');
  const { organisation, membership } = await loadOrganisation(ctx, actor, data.organisationId);
  authorize(actor, 'plan.create', { organisationRole: membership?.state === 'active' ? membership.role : null });
  if (data.programmeId) {
    const programme = await ctx.models.Programme.findById(data.programmeId, { cohort: 1 }).lean<Pick<Programme, 'cohort'>>();
    if (!programme) throw notFound('The programme');
    if (!programme.cohort.some((member) => member.organisationId.equals(organisation._id))) {
      throw badRequest('not_in_programme', 'This organisation is not in the programme’s cohort, so its plan cannot belong to the programme.', [{ path: 'programmeId', message: 'the organisation is not in this programme' }]);
    }
  }
  let structure: Pick<Plan, 'goals' | 'actions' | 'indicators'> = { goals: [], actions: [], indicators: [] };
  if (data.templateId) {
    const template = await ctx.models.PlanTemplate.findById(data.templateId).lean<PlanTemplate>();
    if (!template) throw badRequest('unknown_template', 'There is no plan template with this id.', [{ path: 'templateId', message: 'is not a template' }]);
    structure = structureFrom(template, data);
  }
  const fields = { title: data.title, vision: data.vision, periodStart: dayOf(data.periodStart), periodEnd: dayOf(data.periodEnd), ...structure };
  assertPlanConsistent(fields);
  const name = Object.values(data.title)[0] ?? 'plan';
  const slug = await uniqueSlug(`${organisation.slug}-${name}`, async (candidate) => (await ctx.models.Plan.exists({ slug: candidate })) !== null);
  const created = await ctx.models.Plan.create({
    ...fields,
    slug,
    kind: data.kind,
    organisationId: organisation._id,
    organisation: planOrganisationOf(organisation),
    programmeId: data.programmeId ? toObjectId(data.programmeId) : null,
    reportEveryMonths: data.reportEveryMonths,
    summary: summarisePlan(structure),
    createdBy: toObjectId(actor.userId),
  });
  const plan = created.toObject();
  await recordRevision(ctx.models.PlanRevision, actor, { subjectId: plan._id, rev: plan.rev, changedFields: [], snapshot: planSnapshot(plan) });
  await recordAudit(ctx, actor, { action: 'plan.create', subjectType: 'plan', subjectId: String(plan._id), data: { templateId: data.templateId ?? null } });
  return plan;
}
