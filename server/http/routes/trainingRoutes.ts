// /api/trainings: the catalogue of trainings and events, their editing and publishing, registration with a
// waiting list, and the organiser's participant list.
import express, { Router } from 'express';
import type { AppContext } from '../../context.js';
import { cancelRegistration } from '../../commands/trainings/cancelRegistration.js';
import { cancelTraining } from '../../commands/trainings/cancelTraining.js';
import { createTraining } from '../../commands/trainings/createTraining.js';
import { completionImportProgress, importCompletions } from '../../commands/trainings/importCompletions.js';
import { listRegistrations, ownRegistration } from '../../commands/trainings/listRegistrations.js';
import { listTrainings } from '../../commands/trainings/listTrainings.js';
import { findVisibleTraining, loadVisibleTraining } from '../../commands/trainings/loadTraining.js';
import { registerForTraining } from '../../commands/trainings/registerForTraining.js';
import { publishTraining, unpublishTraining } from '../../commands/trainings/trainingWorkflow.js';
import { updateTraining } from '../../commands/trainings/updateTraining.js';
import { notFound } from '../../errors.js';
import { presentOneTraining, presentParticipantList, presentRegistration, presentTrainings } from '../../presenters/trainingPresenter.js';

export function trainingRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/trainings', async (req, res) => {
    const { items, page } = await listTrainings(ctx, req.actor, req.query);
    res.json({ data: await presentTrainings(ctx, items), page });
  });

  router.post('/trainings', async (req, res) => {
    res.status(201).json({ data: await presentOneTraining(ctx, await createTraining(ctx, req.actor, req.body)) });
  });

  /** JSON `{csv, importId}`, or the file itself as text/csv with `?importId=` (large files: up to 8 MB). */
  router.post('/trainings/completions/import', express.text({ type: 'text/csv', limit: '8mb' }), async (req, res) => {
    const input = typeof req.body === 'string' ? { csv: req.body, ...(typeof req.query.importId === 'string' ? { importId: req.query.importId } : {}) } : req.body;
    res.json({ data: await importCompletions(ctx, req.actor, input) });
  });

  router.get('/trainings/completions/imports/:importId', async (req, res) => {
    const progress = await completionImportProgress(ctx, req.actor, req.params.importId);
    if (!progress) throw notFound('The import');
    res.json({ data: progress });
  });

  router.get('/trainings/by-slug/:slug', async (req, res) => {
    const { doc, moved } = await findVisibleTraining(ctx, req.actor, req.params.slug);
    if (moved) return res.redirect(301, `/api/trainings/by-slug/${doc.slug}`);
    res.json({ data: await presentOneTraining(ctx, doc) });
  });

  router.get('/trainings/:id', async (req, res) => {
    res.json({ data: await presentOneTraining(ctx, await loadVisibleTraining(ctx, req.actor, req.params.id)) });
  });

  router.patch('/trainings/:id', async (req, res) => {
    res.json({ data: await presentOneTraining(ctx, await updateTraining(ctx, req.actor, req.params.id, req.body)) });
  });

  router.post('/trainings/:id/cancel', async (req, res) => {
    res.json({ data: await presentOneTraining(ctx, await cancelTraining(ctx, req.actor, req.params.id, req.body, 'cancel')) });
  });

  router.delete('/trainings/:id', async (req, res) => {
    await cancelTraining(ctx, req.actor, req.params.id, req.body, 'remove');
    res.status(204).end();
  });

  router.post('/trainings/:id/publish', async (req, res) => {
    res.json({ data: await presentOneTraining(ctx, await publishTraining(ctx, req.actor, req.params.id)) });
  });

  router.post('/trainings/:id/unpublish', async (req, res) => {
    res.json({ data: await presentOneTraining(ctx, await unpublishTraining(ctx, req.actor, req.params.id)) });
  });

  router.post('/trainings/:id/registration', async (req, res) => {
    res.status(201).json({ data: presentRegistration(await registerForTraining(ctx, req.actor, req.params.id, req.body)) });
  });

  router.get('/trainings/:id/registration', async (req, res) => {
    res.json({ data: presentRegistration(await ownRegistration(ctx, req.actor, req.params.id)) });
  });

  router.delete('/trainings/:id/registration', async (req, res) => {
    res.json({ data: presentRegistration(await cancelRegistration(ctx, req.actor, req.params.id)) });
  });

  router.get('/trainings/:id/registrations', async (req, res) => {
    res.json({ data: await presentParticipantList(ctx, await listRegistrations(ctx, req.actor, req.params.id)) });
  });

  return router;
}
