// /api/programmes: list, create, read (by id or slug), edit; people in programme roles and the cohort.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { changeCohort } from '../../commands/programmes/changeCohort.js';
import { changeProgrammeRole } from '../../commands/programmes/changeProgrammeRole.js';
import { createProgramme } from '../../commands/programmes/createProgramme.js';
import { listProgrammes } from '../../commands/programmes/listProgrammes.js';
import { loadProgramme, programmeAccessOf } from '../../commands/programmes/loadProgramme.js';
import { updateProgramme } from '../../commands/programmes/updateProgramme.js';
import type { Programme } from '../../models/programme.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentProgramme } from '../../presenters/programmePresenter.js';

export function programmeRoutes(ctx: AppContext): Router {
  const router = Router();
  const present = async (programme: Programme, userId: string | null) =>
    presentProgramme(programme, await loadDisplayNames(ctx, programme.roles.map((h) => h.userId)), programmeAccessOf(programme, userId));

  router.get('/programmes', async (req, res) => {
    const { items, page } = await listProgrammes(ctx, req.query);
    const names = await loadDisplayNames(ctx, items.flatMap((p) => p.roles.map((h) => h.userId)));
    res.json({ data: items.map((programme) => presentProgramme(programme, names, programmeAccessOf(programme, req.actor.userId))), page });
  });
  router.post('/programmes', async (req, res) => {
    res.status(201).json({ data: await present(await createProgramme(ctx, req.actor, req.body), req.actor.userId) });
  });
  router.get('/programmes/:id', async (req, res) => {
    res.json({ data: await present((await loadProgramme(ctx, req.actor, req.params.id)).programme, req.actor.userId) });
  });
  router.patch('/programmes/:id', async (req, res) => {
    res.json({ data: await present(await updateProgramme(ctx, req.actor, req.params.id, req.body), req.actor.userId) });
  });
  router.post('/programmes/:id/roles', async (req, res) => {
    res.json({ data: await present(await changeProgrammeRole(ctx, req.actor, req.params.id, req.body, 'add'), req.actor.userId) });
  });
  router.post('/programmes/:id/roles/remove', async (req, res) => {
    res.json({ data: await present(await changeProgrammeRole(ctx, req.actor, req.params.id, req.body, 'remove'), req.actor.userId) });
  });
  router.post('/programmes/:id/cohort', async (req, res) => {
    res.json({ data: await present(await changeCohort(ctx, req.actor, req.params.id, req.body, 'add'), req.actor.userId) });
  });
  router.post('/programmes/:id/cohort/remove', async (req, res) => {
    res.json({ data: await present(await changeCohort(ctx, req.actor, req.params.id, req.body, 'remove'), req.actor.userId) });
  });
  return router;
}
