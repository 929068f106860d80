// The programme monitoring dashboard, aggregated in the database: plans by status, actions done and late,
// indicators at or past target, and one row per plan (last report, overall status, report overdue). Counts cover
// every plan of the programme; rows list only the plans the reader may read. For its advisors and organisers.
import { Types, type PipelineStage } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { planStatuses, type OverallStatus, type PlanOrganisation, type PlanStatus, type PlanVisibility } from '../../models/plan.js';
import type { Organisation } from '../../models/organisation.js';
import type { Programme } from '../../models/programme.js';
import { authorize, can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { activeOrganisationRoles } from '../organisations/loadOrganisation.js';
import { loadProgramme } from '../programmes/loadProgramme.js';
import { planAccessOf } from './loadPlan.js';
import { planOrganisationOf } from './planOrganisation.js';
import { isReportOverdue, nextReportDue } from './reportDue.js';
import { dashboardQuerySchema } from './schemas.js';

export interface DashboardRow {
  planId: string;
  slug: string;
  title: Record<string, string>;
  organisation: { id: string; name: string; type: string; country: string };
  status: PlanStatus;
  actionsTotal: number;
  actionsDone: number;
  actionsLate: number;
  indicatorsTotal: number;
  indicatorsAtTarget: number;
  lastReportAt: Date | null;
  reportDueAt: Date | null;
  reportOverdue: boolean;
  overallStatus: OverallStatus | null;
  atRisk: boolean;
}

export interface ProgrammeDashboard {
  programme: Programme;
  byStatus: Record<PlanStatus, number>;
  totals: { plans: number; actionsTotal: number; actionsDone: number; actionsLate: number; indicatorsTotal: number; indicatorsAtTarget: number; atRisk: number };
  rows: DashboardRow[];
}

interface AggregatedPlan {
  _id: Types.ObjectId;
  slug: string;
  title: Record<string, string>;
  organisationId: Types.ObjectId;
  organisation: PlanOrganisation | null;
  status: PlanStatus;
  visibility: PlanVisibility;
  adoptedAt: Date | null;
  lastReportAt: Date | null;
  reportEveryMonths: number;
  overallStatus: OverallStatus | null;
  actionsTotal: number;
  actionsDone: number;
  actionsLate: number;
  indicatorsTotal: number;
  indicatorsAtTarget: number;
}

/** The per-plan figures: the kept summary, with the late actions counted against today by the database. */
export function dashboardPipeline(programmeId: Types.ObjectId, now: Date): PipelineStage[] {
  return [
    { $match: { programmeId } },
    {
      $project: {
        slug: 1, title: 1, organisationId: 1, organisation: 1, status: 1, visibility: 1, adoptedAt: 1, lastReportAt: 1, reportEveryMonths: 1, overallStatus: 1,
        actionsTotal: '$summary.actionsTotal',
        actionsDone: '$summary.actionsDone',
        actionsLate: { $add: ['$summary.actionsDelayed', { $size: { $filter: { input: '$summary.openActionDues', as: 'due', cond: { $lt: ['$$due', now] } } } }] },
        indicatorsTotal: '$summary.indicatorsTotal',
        indicatorsAtTarget: '$summary.indicatorsAtTarget',
      },
    },
  ];
}

const atRiskOf = (plan: AggregatedPlan, now: Date): boolean =>
  plan.overallStatus === 'at-risk' || plan.overallStatus === 'off-track' || isReportOverdue(plan, now);

const sorters: Record<string, (a: DashboardRow, b: DashboardRow) => number> = {
  organisation: (a, b) => a.organisation.name.localeCompare(b.organisation.name),
  status: (a, b) => planStatuses.indexOf(a.status) - planStatuses.indexOf(b.status),
  lastReport: (a, b) => (a.lastReportAt?.getTime() ?? 0) - (b.lastReportAt?.getTime() ?? 0),
  actionsLate: (a, b) => a.actionsLate - b.actionsLate,
  overall: (a, b) => Number(a.atRisk) - Number(b.atRisk),
};

/** The organisations of plans written before plans kept their organisation's facts (looked up only for those). */
async function organisationsMissingFrom(ctx: AppContext, plans: readonly AggregatedPlan[]): Promise<Map<string, PlanOrganisation>> {
  const missing = [...new Set(plans.filter((p) => !p.organisation).map((p) => String(p.organisationId)))];
  if (missing.length === 0) return new Map();
  const organisations = await ctx.models.Organisation.find({ _id: { $in: missing } }, { name: 1, type: 1, country: 1 }).lean<Organisation[]>();
  return new Map(organisations.map((o) => [String(o._id), planOrganisationOf(o)]));
}

export async function programmeDashboard(ctx: AppContext, actor: Actor, idOrSlug: unknown, query: unknown = {}, now = new Date()): Promise<ProgrammeDashboard> {
  const { programme, access } = await loadProgramme(ctx, actor, idOrSlug);
  authorize(actor, 'programme.monitor', access);
  const { sort, order } = parseInput(dashboardQuerySchema, query, 'query');
  const [plans, myOrganisations] = await Promise.all([
    ctx.models.Plan.aggregate<AggregatedPlan>(dashboardPipeline(programme._id, now)),
    activeOrganisationRoles(ctx, actor.userId),
  ]);
  const byId = await organisationsMissingFrom(ctx, plans);
  const byStatus = Object.fromEntries(planStatuses.map((status) => [status, 0])) as Record<PlanStatus, number>;
  const totals = { plans: plans.length, actionsTotal: 0, actionsDone: 0, actionsLate: 0, indicatorsTotal: 0, indicatorsAtTarget: 0, atRisk: 0 };
  const rows: DashboardRow[] = [];
  for (const plan of plans) {
    byStatus[plan.status] += 1;
    const atRisk = atRiskOf(plan, now);
    totals.actionsTotal += plan.actionsTotal;
    totals.actionsDone += plan.actionsDone;
    totals.actionsLate += plan.actionsLate;
    totals.indicatorsTotal += plan.indicatorsTotal;
    totals.indicatorsAtTarget += plan.indicatorsAtTarget;
    totals.atRisk += Number(atRisk);
    const role = myOrganisations.get(String(plan.organisationId));
    const planAccess = planAccessOf(plan, role ? { role, state: 'active' } : null, programme, actor.userId);
    if (!can(actor, 'plan.read', planAccess)) continue;
    const organisation = plan.organisation ?? byId.get(String(plan.organisationId));
    rows.push({
      planId: String(plan._id), slug: plan.slug, title: plan.title, status: plan.status,
      organisation: { id: String(plan.organisationId), name: organisation?.name ?? '', type: organisation?.type ?? 'other', country: organisation?.country ?? '' },
      actionsTotal: plan.actionsTotal, actionsDone: plan.actionsDone, actionsLate: plan.actionsLate, indicatorsTotal: plan.indicatorsTotal, indicatorsAtTarget: plan.indicatorsAtTarget,
      lastReportAt: plan.lastReportAt, reportDueAt: nextReportDue(plan), reportOverdue: isReportOverdue(plan, now), overallStatus: plan.overallStatus, atRisk,
    });
  }
  const compare = sorters[sort] ?? sorters.organisation;
  rows.sort((a, b) => (order === 'asc' ? 1 : -1) * (compare?.(a, b) ?? 0) || a.organisation.name.localeCompare(b.organisation.name));
  return { programme, byStatus, totals, rows };
}
