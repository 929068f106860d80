// /api/plans: list, create (optionally from a template), read, edit, status; goals, actions and indicators;
// their order; measured values and their CSV import; CSV exports; progress reports and advisors' feedback; the history.
// /api/plan-templates and the programme dashboard (JSON and CSV) live here too.
import { Router, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { addMeasurements } from '../../commands/plans/addMeasurements.js';
import { changePlanStatus } from '../../commands/plans/changePlanStatus.js';
import { createPlan } from '../../commands/plans/createPlan.js';
import { giveFeedback } from '../../commands/plans/giveFeedback.js';
import { listPlans } from '../../commands/plans/listPlans.js';
import { listReports } from '../../commands/plans/listReports.js';
import { loadPlan } from '../../commands/plans/loadPlan.js';
import { exportPlanCsv, importMeasurementsCsv } from '../../commands/plans/planCsv.js';
import { planHistory } from '../../commands/plans/planHistory.js';
import { movePlanItem, removePlanItem, savePlanItem, type PlanItemKind } from '../../commands/plans/planItems.js';
import { createPlanTemplate, listPlanTemplates } from '../../commands/plans/planTemplates.js';
import { programmeDashboard } from '../../commands/plans/programmeDashboard.js';
import { submitReport } from '../../commands/plans/submitReport.js';
import { updatePlan } from '../../commands/plans/updatePlan.js';
import { dashboardCsv } from '../../presenters/dashboardCsv.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentDashboard, presentPlan, presentReport, presentRevision, presentTemplate, reportPeople } from '../../presenters/planPresenter.js';

const itemKinds: readonly PlanItemKind[] = ['goals', 'actions', 'indicators'];

function sendCsv(res: Response, fileName: string, csv: string): void {
  res.type('text/csv; charset=utf-8').attachment(fileName).send(`\uFEFF${csv}`);
}

export function planRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/plans', async (req, res) => {
    const { items, page } = await listPlans(ctx, req.actor, req.query);
    res.json({ data: items.map((plan) => presentPlan(plan)), page });
  });
  router.post('/plans', async (req, res) => {
    res.status(201).json({ data: presentPlan(await createPlan(ctx, req.actor, req.body)) });
  });
  router.get('/plans/:id', async (req, res) => {
    res.json({ data: presentPlan((await loadPlan(ctx, req.actor, req.params.id)).plan) });
  });
  router.patch('/plans/:id', async (req, res) => {
    res.json({ data: presentPlan(await updatePlan(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/plans/:id/status', async (req, res) => {
    res.json({ data: presentPlan(await changePlanStatus(ctx, req.actor, req.params.id, req.body)) });
  });
  for (const kind of itemKinds) {
    router.post(`/plans/:id/${kind}`, async (req, res) => {
      res.status(201).json({ data: presentPlan(await savePlanItem(ctx, req.actor, req.params.id, kind, null, req.body)) });
    });
    router.put(`/plans/:id/${kind}/:itemId`, async (req, res) => {
      res.json({ data: presentPlan(await savePlanItem(ctx, req.actor, req.params.id, kind, req.params.itemId, req.body)) });
    });
    router.post(`/plans/:id/${kind}/:itemId/remove`, async (req, res) => {
      res.json({ data: presentPlan(await removePlanItem(ctx, req.actor, req.params.id, kind, req.params.itemId, req.body)) });
    });
    router.post(`/plans/:id/${kind}/:itemId/move`, async (req, res) => {
      res.json({ data: presentPlan(await movePlanItem(ctx, req.actor, req.params.id, kind, req.params.itemId, req.body)) });
    });
  }
  router.post('/plans/:id/measurements', async (req, res) => {
    res.json({ data: presentPlan(await addMeasurements(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/plans/:id/measurements/import', async (req, res) => {
    const { plan, imported } = await importMeasurementsCsv(ctx, req.actor, req.params.id, req.body);
    res.json({ data: { imported, plan: presentPlan(plan) } });
  });
  router.get('/plans/:id/actions.csv', async (req, res) => {
    const { plan, csv } = await exportPlanCsv(ctx, req.actor, req.params.id, 'actions');
    sendCsv(res, `${plan.slug}-actions.csv`, csv);
  });
  router.get('/plans/:id/indicators.csv', async (req, res) => {
    const { plan, csv } = await exportPlanCsv(ctx, req.actor, req.params.id, 'indicators');
    sendCsv(res, `${plan.slug}-indicators.csv`, csv);
  });
  router.get('/plans/:id/reports', async (req, res) => {
    const reports = await listReports(ctx, req.actor, req.params.id);
    const names = await loadDisplayNames(ctx, reportPeople(reports));
    res.json({ data: reports.map((report) => presentReport(report, names)) });
  });
  router.post('/plans/:id/reports', async (req, res) => {
    const report = await submitReport(ctx, req.actor, req.params.id, req.body);
    res.status(201).json({ data: presentReport(report, await loadDisplayNames(ctx, reportPeople([report]))) });
  });
  router.post('/plans/:id/reports/:reportId/feedback', async (req, res) => {
    const report = await giveFeedback(ctx, req.actor, req.params.id, req.params.reportId, req.body);
    res.status(201).json({ data: presentReport(report, await loadDisplayNames(ctx, reportPeople([report]))) });
  });
  router.get('/plans/:id/history', async (req, res) => {
    const revisions = await planHistory(ctx, req.actor, req.params.id);
    const names = await loadDisplayNames(ctx, revisions.map((r) => r.authorId));
    res.json({ data: revisions.map((revision) => presentRevision(revision, names)) });
  });

  router.get('/plan-templates', async (req, res) => {
    const programmeId = typeof req.query.programmeId === 'string' ? req.query.programmeId : undefined;
    res.json({ data: (await listPlanTemplates(ctx, programmeId)).map(presentTemplate) });
  });
  router.post('/plan-templates', async (req, res) => {
    res.status(201).json({ data: presentTemplate(await createPlanTemplate(ctx, req.actor, req.body)) });
  });

  router.get('/programmes/:id/dashboard', async (req, res) => {
    res.json({ data: presentDashboard(await programmeDashboard(ctx, req.actor, req.params.id, req.query)) });
  });
  router.get('/programmes/:id/dashboard.csv', async (req, res) => {
    const dashboard = await programmeDashboard(ctx, req.actor, req.params.id, req.query);
    sendCsv(res, `${dashboard.programme.slug}-dashboard.csv`, dashboardCsv(dashboard));
  });
  return router;
}
