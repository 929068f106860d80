// /api/self-assessments: instruments (read, publish a version), one's own attempts (start or resume, save answers,
// submit), results with the change since the previous one, recommendations, saved recommendations and sharing.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { saveAnswers, submitAttempt } from '../../commands/selfAssessment/answerAttempt.js';
import { listCurrentInstruments, loadInstrument, publishDraft, publishInstrument, retireInstrument } from '../../commands/selfAssessment/instruments.js';
import { listOwnAttempts, loadOwnAttempt, loadOwnResult } from '../../commands/selfAssessment/ownAttempts.js';
import { recommendForResult } from '../../commands/selfAssessment/recommendations.js';
import { listSavedRecommendations, removeSavedRecommendation, saveRecommendation } from '../../commands/selfAssessment/savedRecommendations.js';
import { loadSharedResult, revokeShare, shareResult } from '../../commands/selfAssessment/sharing.js';
import { startAttempt } from '../../commands/selfAssessment/startAttempt.js';
import { presentAttempt, presentInstrument, presentRecommendations, presentResult, presentSavedRecommendation, sharedResultPath } from '../../presenters/selfAssessmentPresenter.js';
import { chooseLocale } from '../pages/pageContext.js';

export function selfAssessmentRoutes(ctx: AppContext): Router {
  const router = Router();
  const base = '/self-assessments';

  router.get(`${base}/instruments`, async (_req, res) => {
    res.json({ data: (await listCurrentInstruments(ctx)).map(presentInstrument) });
  });
  router.post(`${base}/instruments`, async (req, res) => {
    res.status(201).json({ data: presentInstrument(await publishInstrument(ctx, req.actor, req.body)) });
  });
  router.post(`${base}/instruments/drafts`, async (req, res) => {
    res.status(201).json({ data: presentInstrument(await publishInstrument(ctx, req.actor, req.body, 'draft')) });
  });
  router.post(`${base}/instruments/:key/versions/:version/publish`, async (req, res) => {
    res.json({ data: presentInstrument(await publishDraft(ctx, req.actor, req.params.key, { version: req.params.version })) });
  });
  router.post(`${base}/instruments/:key/retire`, async (req, res) => {
    res.json({ data: presentInstrument(await retireInstrument(ctx, req.actor, req.params.key)) });
  });
  router.get(`${base}/instruments/:key`, async (req, res) => {
    res.json({ data: presentInstrument(await loadInstrument(ctx, req.params.key, req.query)) });
  });

  router.get(`${base}/attempts`, async (req, res) => {
    res.json({ data: (await listOwnAttempts(ctx, req.actor)).map(presentAttempt) });
  });
  router.post(`${base}/attempts`, async (req, res) => {
    res.status(201).json({ data: presentAttempt(await startAttempt(ctx, req.actor, req.body)) });
  });
  router.get(`${base}/attempts/:id`, async (req, res) => {
    res.json({ data: presentAttempt(await loadOwnAttempt(ctx, req.actor, req.params.id)) });
  });
  router.put(`${base}/attempts/:id/answers`, async (req, res) => {
    res.json({ data: presentAttempt(await saveAnswers(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post(`${base}/attempts/:id/submit`, async (req, res) => {
    res.json({ data: presentAttempt(await submitAttempt(ctx, req.actor, req.params.id)) });
  });
  router.get(`${base}/results/:id`, async (req, res) => {
    res.json({ data: presentResult(await loadOwnResult(ctx, req.actor, req.params.id)) });
  });
  router.get(`${base}/results/:id/recommendations`, async (req, res) => {
    res.json({ data: presentRecommendations(await recommendForResult(ctx, req.actor, req.params.id, chooseLocale(req))) });
  });
  router.post(`${base}/results/:id/share`, async (req, res) => {
    const token = await shareResult(ctx, req.actor, req.params.id);
    res.status(201).json({ data: { shareToken: token, path: sharedResultPath(token) } });
  });
  router.post(`${base}/results/:id/share/revoke`, async (req, res) => {
    await revokeShare(ctx, req.actor, req.params.id);
    res.status(204).end();
  });
  router.get(`${base}/shared/:token`, async (req, res) => {
    res.json({ data: presentResult(await loadSharedResult(ctx, req.params.token), 'shared') });
  });

  router.get(`${base}/saved`, async (req, res) => {
    res.json({ data: (await listSavedRecommendations(ctx, req.actor)).map(({ saved, target }) => presentSavedRecommendation(saved, target)) });
  });
  router.post(`${base}/saved`, async (req, res) => {
    res.status(201).json({ data: presentSavedRecommendation(await saveRecommendation(ctx, req.actor, req.body)) });
  });
  router.post(`${base}/saved/:id/remove`, async (req, res) => {
    await removeSavedRecommendation(ctx, req.actor, req.params.id);
    res.status(204).end();
  });
  return router;
}
