// Seeds the demo programmes (with their advisors, cohort and plan template), organisations and plans through the
// real commands as the demo users: each plan gets its goals, actions linked to the practices that inspired them,
// indicators with their measured values, its status, its progress reports and the advisors' feedback. A plan is
// one seed item: skipped when an earlier run finished it. The practices and resources the organisations' people
// wrote are put under their organisation as their authors would (an author who is not the founder is invited as
// plan editor and accepts first).
import { changeCohort } from '../../server/commands/programmes/changeCohort.js';
import { changeProgrammeRole } from '../../server/commands/programmes/changeProgrammeRole.js';
import { createProgramme } from '../../server/commands/programmes/createProgramme.js';
import { acceptOrganisationInvitation } from '../../server/commands/organisations/acceptOrganisationInvitation.js';
import { createOrganisation } from '../../server/commands/organisations/createOrganisation.js';
import { inviteOrganisationMember } from '../../server/commands/organisations/inviteOrganisationMember.js';
import { loadOrganisation } from '../../server/commands/organisations/loadOrganisation.js';
import { setItemOrganisation } from '../../server/commands/organisations/organisationContent.js';
import { addMeasurements } from '../../server/commands/plans/addMeasurements.js';
import { changePlanStatus } from '../../server/commands/plans/changePlanStatus.js';
import { createPlan } from '../../server/commands/plans/createPlan.js';
import { giveFeedback } from '../../server/commands/plans/giveFeedback.js';
import { savePlanItem } from '../../server/commands/plans/planItems.js';
import { createPlanTemplate } from '../../server/commands/plans/planTemplates.js';
import { submitReport } from '../../server/commands/plans/submitReport.js';
import { updatePlan } from '../../server/commands/plans/updatePlan.js';
import type { Actor } from '../../server/context.js';
import type { Plan, PlanStatus } from '../../server/models/plan.js';
import { seedOrganisationContent, seedOrganisations, seedPlans, seedProgrammes, type SeedGoal, type SeedOrganisationContent, type SeedPlan } from '../data/plans.js';
import { actorOf, advance, countCreated, type SeedRun } from '../seedRun.js';

export const planUnits = seedProgrammes.length + seedOrganisations.length + seedOrganisationContent.length + seedPlans.length;

interface Refs {
  readonly programmes: Map<string, string>;
  readonly templates: Map<string, string>;
  readonly organisations: Map<string, string>;
}

/** The id an earlier run stored for `key`, or the id `make` creates now (then remembered as done). */
async function once(run: SeedRun, key: string, make: () => Promise<{ _id: unknown }>): Promise<string> {
  const known = run.keys.refOf(key);
  if (known && run.keys.isDone(key)) return known;
  const id = String((await make())._id);
  await run.keys.finish(key, id);
  return id;
}

async function seedProgrammesAndOrganisations(run: SeedRun): Promise<Refs> {
  const refs: Refs = { programmes: new Map(), templates: new Map(), organisations: new Map() };
  for (const organisation of seedOrganisations) {
    const { key, founder, name, type, country, region, identifier } = organisation;
    refs.organisations.set(key, await once(run, `organisation:${key}`, () => createOrganisation(run.ctx, actorOf(run, founder), { name, type, country, region, ...(identifier ? { identifier } : {}) })));
    advance(run, `organisation:${key}`);
  }
  for (const programme of seedProgrammes) {
    const organiser = actorOf(run, programme.organiser);
    const id = await once(run, `programme:${programme.key}`, async () => {
      const created = await createProgramme(run.ctx, organiser, { slug: programme.key, name: programme.name, description: programme.description, periodStart: programme.periodStart, periodEnd: programme.periodEnd, funding: programme.funding });
      for (const advisor of programme.advisors) await changeProgrammeRole(run.ctx, organiser, created._id, { userId: actorOf(run, advisor).userId, role: 'advisor' }, 'add');
      for (const member of seedOrganisations.filter((o) => o.programme === programme.key)) {
        await changeCohort(run.ctx, organiser, created._id, { organisationId: refs.organisations.get(member.key) }, 'add');
      }
      return created;
    });
    refs.programmes.set(programme.key, id);
    refs.templates.set(programme.key, await once(run, `planTemplate:${programme.key}`, () => createPlanTemplate(run.ctx, organiser, { programmeId: id, ...programme.template })));
    advance(run, `programme:${programme.key}`);
  }
  return refs;
}

async function addGoal(run: SeedRun, editor: Actor, plan: Plan, goal: SeedGoal): Promise<Plan> {
  let current = await savePlanItem(run.ctx, editor, plan._id, 'goals', null, { rev: plan.rev, title: goal.title });
  const goalId = String(current.goals.at(-1)?._id);
  for (const action of goal.actions) {
    const { inspiredBy = [], ...fields } = action;
    const inspiredByPracticeIds = inspiredBy.flatMap((key) => run.practiceIds.get(key) ?? []);
    current = await savePlanItem(run.ctx, editor, plan._id, 'actions', null, { rev: current.rev, goalId, ...fields, inspiredByPracticeIds });
  }
  for (const indicator of goal.indicators) {
    current = await savePlanItem(run.ctx, editor, plan._id, 'indicators', null, {
      rev: current.rev, goalId, name: indicator.name, unit: indicator.unit, baselineDate: indicator.baseline[0], baselineValue: indicator.baseline[1], targetDate: indicator.target[0], targetValue: indicator.target[1],
    });
    const indicatorId = String(current.indicators.at(-1)?._id);
    if (indicator.values.length > 0) {
      current = await addMeasurements(run.ctx, editor, plan._id, { rev: current.rev, values: indicator.values.map(([date, value, source]) => ({ indicatorId, date, value, source })) });
    }
  }
  return current;
}

const pathTo: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: [], adopted: ['adopted'], 'in-implementation': ['adopted'], completed: ['adopted'], discontinued: ['adopted'],
};

async function seedPlan(run: SeedRun, refs: Refs, data: SeedPlan): Promise<void> {
  const organisation = seedOrganisations.find((o) => o.key === data.organisation);
  if (!organisation) throw new Error(`The seed plan ${data.key} names an unknown organisation.`);
  const editor = actorOf(run, organisation.founder);
  const programmeId = refs.programmes.get(organisation.programme);
  let plan = await createPlan(run.ctx, editor, {
    organisationId: refs.organisations.get(organisation.key), ...(programmeId ? { programmeId } : {}), kind: data.kind, title: data.title, vision: data.vision,
    periodStart: data.period[0], periodEnd: data.period[1], reportEveryMonths: 6,
  });
  await run.keys.remember(`plan:${data.key}`, String(plan._id));
  for (const goal of data.goals) plan = await addGoal(run, editor, plan, goal);
  for (const status of pathTo[data.status]) plan = await changePlanStatus(run.ctx, editor, plan._id, { rev: plan.rev, status });
  if (data.visibility !== plan.visibility) plan = await updatePlan(run.ctx, editor, plan._id, { rev: plan.rev, visibility: data.visibility });
  for (const report of data.reports) {
    const indicatorValues = plan.indicators.flatMap((indicator) => {
      const last = indicator.measurements.filter((m) => m.date.toISOString().slice(0, 10) <= report.period[1]).at(-1);
      return last ? [{ indicatorId: String(indicator._id), date: last.date.toISOString().slice(0, 10), value: last.value, source: last.source }] : [];
    });
    const submitted = await submitReport(run.ctx, editor, plan._id, {
      rev: plan.rev, periodStart: report.period[0], periodEnd: report.period[1], overallStatus: report.overall, achievements: report.achievements, difficulties: report.difficulties, indicatorValues,
    });
    for (const feedback of report.feedback) await giveFeedback(run.ctx, actorOf(run, feedback.advisor), plan._id, String(submitted._id), { body: feedback.body });
    plan = (await run.ctx.models.Plan.findById(plan._id).lean<Plan>()) ?? plan;
  }
  if (data.status === 'in-implementation' && plan.status === 'adopted') plan = await changePlanStatus(run.ctx, editor, plan._id, { rev: plan.rev, status: 'in-implementation' });
  if (data.status === 'completed' || data.status === 'discontinued') {
    if (data.status === 'completed' && plan.status === 'adopted') plan = await changePlanStatus(run.ctx, editor, plan._id, { rev: plan.rev, status: 'in-implementation' });
    await changePlanStatus(run.ctx, editor, plan._id, { rev: plan.rev, status: data.status });
  }
  await run.keys.finish(`plan:${data.key}`);
  countCreated(run, 'plans');
}

async function placeContent(run: SeedRun, refs: Refs, content: SeedOrganisationContent): Promise<void> {
  const key = `organisationContent:${content.organisation}:${content.author}`;
  if (run.keys.isDone(key)) return;
  const organisation = seedOrganisations.find((o) => o.key === content.organisation);
  const organisationId = refs.organisations.get(content.organisation);
  if (!organisation || !organisationId) throw new Error(`The seed content names an unknown organisation ${content.organisation}.`);
  const author = actorOf(run, content.author);
  if (!(await loadOrganisation(run.ctx, author, organisationId)).membership) {
    await inviteOrganisationMember(run.ctx, actorOf(run, organisation.founder), organisationId, { userId: author.userId, role: 'plan-editor' });
  }
  if ((await loadOrganisation(run.ctx, author, organisationId)).membership?.state === 'invited') await acceptOrganisationInvitation(run.ctx, author, organisationId);
  const items = [
    ...(content.practices ?? []).map((k) => ['practice', run.practiceIds.get(k)] as const),
    ...(content.resources ?? []).map((k) => ['resource', run.resourceIds.get(k)] as const),
  ];
  for (const [type, id] of items) if (id) await setItemOrganisation(run.ctx, author, type, id, { organisationId });
  await run.keys.finish(key, organisationId);
}

export async function seedPlansStep(run: SeedRun): Promise<void> {
  const refs = await seedProgrammesAndOrganisations(run);
  for (const content of seedOrganisationContent) {
    await placeContent(run, refs, content);
    advance(run, `organisation content:${content.organisation}`);
  }
  for (const plan of seedPlans) {
    const key = `plan:${plan.key}`;
    if (!run.keys.refOf(key)) await seedPlan(run, refs, plan);
    advance(run, key);
  }
}
