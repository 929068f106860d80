// Shapes plans, their goals, actions and indicators, progress reports and the programme dashboard for the outside.
import type { Measurement, Plan, PlanAction, PlanIndicator } from '../models/plan.js';
import type { PlanReport } from '../models/planReport.js';
import type { PlanTemplate } from '../models/planTemplate.js';
import type { Revision } from '../models/revision.js';
import type { DashboardRow, ProgrammeDashboard } from '../commands/plans/programmeDashboard.js';
import { isReportOverdue, nextReportDue } from '../commands/plans/reportDue.js';
import { personRef, type DisplayNames } from './displayNames.js';

const day = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
const ids = (list: readonly { toString(): string }[]): string[] => list.map(String);

function presentAction(action: PlanAction) {
  return {
    id: String(action._id), goalId: String(action.goalId), parentId: action.parentId ? String(action.parentId) : null, description: action.description, owner: action.owner,
    start: day(action.start), due: day(action.due), status: action.status, reason: action.reason, budget: action.budget, fundingSource: action.fundingSource,
    inspiredByPracticeIds: ids(action.inspiredByPracticeIds), inspiredByResourceIds: ids(action.inspiredByResourceIds),
    producedPracticeId: action.producedPracticeId ? String(action.producedPracticeId) : null,
  };
}

const presentMeasurement = (m: Measurement) => ({ date: day(m.date), value: m.value, source: m.source, note: m.note });

function presentIndicator(indicator: PlanIndicator) {
  return {
    id: String(indicator._id), goalId: String(indicator.goalId), name: indicator.name, unit: indicator.unit,
    baselineValue: indicator.baselineValue, baselineDate: day(indicator.baselineDate), targetValue: indicator.targetValue, targetDate: day(indicator.targetDate),
    measurements: indicator.measurements.map(presentMeasurement),
  };
}

export function presentPlan(plan: Plan, now = new Date()) {
  return {
    id: String(plan._id), slug: plan.slug, organisationId: String(plan.organisationId), programmeId: plan.programmeId ? String(plan.programmeId) : null,
    kind: plan.kind, title: plan.title, vision: plan.vision, periodStart: day(plan.periodStart), periodEnd: day(plan.periodEnd),
    status: plan.status, visibility: plan.visibility, reportEveryMonths: plan.reportEveryMonths, adoptedAt: plan.adoptedAt?.toISOString() ?? null,
    lastReportAt: plan.lastReportAt?.toISOString() ?? null, reportDueAt: day(nextReportDue(plan)), reportOverdue: isReportOverdue(plan, now), overallStatus: plan.overallStatus,
    goals: plan.goals.map((goal) => ({ id: String(goal._id), parentId: goal.parentId ? String(goal.parentId) : null, title: goal.title })),
    actions: plan.actions.map(presentAction),
    indicators: plan.indicators.map(presentIndicator),
    rev: plan.rev, updatedAt: plan.updatedAt.toISOString(),
  };
}

export function presentReport(report: PlanReport, names: DisplayNames) {
  return {
    id: String(report._id), planId: String(report.planId), periodStart: day(report.periodStart), periodEnd: day(report.periodEnd), overallStatus: report.overallStatus,
    achievements: report.achievements, achievementsHtml: report.achievementsHtml, difficulties: report.difficulties, difficultiesHtml: report.difficultiesHtml,
    actionUpdates: report.actionUpdates.map((u) => ({ actionId: String(u.actionId), status: u.status, note: u.note })),
    indicatorValues: report.indicatorValues.map((v) => ({ indicatorId: String(v.indicatorId), ...presentMeasurement(v) })),
    feedback: report.feedback.map((f) => ({ id: String(f._id), author: personRef(names, f.authorId), body: f.body, bodyHtml: f.bodyHtml, at: f.at.toISOString() })),
    submittedBy: personRef(names, report.submittedBy), submittedAt: report.submittedAt.toISOString(),
  };
}

export const reportPeople = (reports: readonly PlanReport[]) => reports.flatMap((r) => [r.submittedBy, ...r.feedback.map((f) => f.authorId)]);

export function presentRevision(revision: Revision, names: DisplayNames) {
  return { rev: revision.rev, author: personRef(names, revision.authorId), at: revision.at.toISOString(), changedFields: revision.changedFields };
}

export function presentTemplate(template: PlanTemplate) {
  return { id: String(template._id), programmeId: template.programmeId ? String(template.programmeId) : null, name: template.name, goals: template.goals };
}

export function presentDashboardRow(row: DashboardRow) {
  return { ...row, lastReportAt: row.lastReportAt?.toISOString() ?? null, reportDueAt: day(row.reportDueAt) };
}

export function presentDashboard(dashboard: ProgrammeDashboard) {
  return { programmeId: String(dashboard.programme._id), byStatus: dashboard.byStatus, totals: dashboard.totals, rows: dashboard.rows.map(presentDashboardRow) };
}
