// A school's rounds of self-reflection (/api/organisations/:id/self-assessment-rounds, /api/self-assessment-rounds)
// with their aggregates, comparison, recommendations and plan actions, and the programme view with its CSV.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { toCsv } from '../../content/csv.js';
import { programmeSelfAssessment } from '../../commands/selfAssessment/programmeView.js';
import { recommendForDimensions, recommendedDimensions } from '../../commands/selfAssessment/recommendations.js';
import { compareRounds, createRoundPlanActions, roundPicture } from '../../commands/selfAssessment/roundAggregate.js';
import { closeRound, listOrganisationRounds, openRound, remindRound } from '../../commands/selfAssessment/rounds.js';
import { weakestShown } from '../../commands/selfAssessment/aggregates.js';
import { presentPlan } from '../../presenters/planPresenter.js';
import { presentProgrammeView, presentRecommendations, presentRound, presentRoundPicture, programmeCsvRows } from '../../presenters/selfAssessmentPresenter.js';
import { termLabel } from '../../vocab/index.js';
import { chooseLocale } from '../pages/pageContext.js';

export function selfAssessmentRoundRoutes(ctx: AppContext): Router {
  const router = Router();
  const base = '/self-assessment-rounds';

  router.get('/organisations/:id/self-assessment-rounds', async (req, res) => {
    res.json({ data: (await listOrganisationRounds(ctx, req.actor, req.params.id)).rounds.map(presentRound) });
  });
  router.post('/organisations/:id/self-assessment-rounds', async (req, res) => {
    res.status(201).json({ data: presentRound(await openRound(ctx, req.actor, req.params.id, req.body)) });
  });
  router.get(`${base}/:id`, async (req, res) => {
    res.json({ data: presentRoundPicture(await roundPicture(ctx, req.actor, req.params.id)) });
  });
  router.post(`${base}/:id/close`, async (req, res) => {
    res.json({ data: presentRound(await closeRound(ctx, req.actor, req.params.id)) });
  });
  router.post(`${base}/:id/remind`, async (req, res) => {
    const { round, reminded } = await remindRound(ctx, req.actor, req.params.id);
    res.json({ data: { ...presentRound(round), reminded } });
  });
  router.get(`${base}/:id/compare`, async (req, res) => {
    const { later, earlier, changes } = await compareRounds(ctx, req.actor, req.params.id, req.query);
    res.json({ data: { later: presentRoundPicture(later), earlier: presentRoundPicture(earlier), changes } });
  });
  router.get(`${base}/:id/recommendations`, async (req, res) => {
    const view = await roundPicture(ctx, req.actor, req.params.id);
    const weakest = weakestShown(view.aggregate.overall.dimensions, view.instrument.levels.length, recommendedDimensions);
    res.json({ data: presentRecommendations(await recommendForDimensions(ctx, view.instrument.framework, weakest, chooseLocale(req))) });
  });
  router.post(`${base}/:id/plan-actions`, async (req, res) => {
    res.status(201).json({ data: presentPlan(await createRoundPlanActions(ctx, req.actor, req.params.id, req.body, chooseLocale(req))) });
  });

  router.get('/programmes/:id/self-assessment', async (req, res) => {
    res.json({ data: presentProgrammeView(await programmeSelfAssessment(ctx, req.actor, req.params.id, req.query)) });
  });
  router.get('/programmes/:id/self-assessment.csv', async (req, res) => {
    const view = await programmeSelfAssessment(ctx, req.actor, req.params.id, req.query);
    const locale = chooseLocale(req);
    res.type('text/csv; charset=utf-8').attachment(`self-assessment-${view.programme.slug}-${view.instrument.key}.csv`);
    res.send(`\uFEFF${toCsv(programmeCsvRows(view, (id) => termLabel(view.instrument.framework, id, locale)))}`);
  });
  return router;
}
