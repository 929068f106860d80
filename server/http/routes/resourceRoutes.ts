// /api/resources: list with filters, get by id or by slug (an old slug answers 301), create, update, one endpoint
// per workflow transition (the JSON-LD is in jsonLdRoutes.ts).
import { setItemOrganisation } from '../../commands/organisations/organisationContent.js';
import { Router } from 'express';
import type { Actor, AppContext } from '../../context.js';
import type { Resource } from '../../models/resource.js';
import { presentResourceViews } from '../../presenters/resourcePresenter.js';
import { archiveResource, restoreResource } from '../../commands/resources/archiveResource.js';
import { createResource } from '../../commands/resources/createResource.js';
import { listResources } from '../../commands/resources/listResources.js';
import { findVisibleResource, loadVisibleResource } from '../../commands/resources/loadResource.js';
import { publishResource, unpublishResource } from '../../commands/resources/publishResource.js';
import { resourceViews } from '../../commands/resources/resourceViews.js';
import { updateResource } from '../../commands/resources/updateResource.js';

type Transition = (ctx: AppContext, actor: Actor, id: unknown, input: unknown) => Promise<Resource>;

const transitions: Record<string, Transition> = {
  publish: publishResource,
  unpublish: unpublishResource,
  archive: archiveResource,
  restore: restoreResource,
};

export function resourceRoutes(ctx: AppContext): Router {
  const router = Router();
  const presentAll = async (actor: Actor, docs: readonly Resource[]) => presentResourceViews(ctx, await resourceViews(ctx, actor, docs));
  const presentOne = async (actor: Actor, doc: Resource) => (await presentAll(actor, [doc]))[0];

  router.get('/resources', async (req, res) => {
    const { items, page } = await listResources(ctx, req.actor, req.query);
    res.json({ data: await presentAll(req.actor, items), page });
  });

  router.post('/resources', async (req, res) => {
    const resource = await createResource(ctx, req.actor, req.body);
    res.status(201).json({ data: await presentOne(req.actor, resource) });
  });

  router.get('/resources/by-slug/:slug', async (req, res) => {
    const { doc, moved } = await findVisibleResource(ctx, req.actor, req.params.slug);
    if (moved) return res.redirect(301, `/api/resources/by-slug/${doc.slug}`);
    res.json({ data: await presentOne(req.actor, doc) });
  });

  router.get('/resources/:id', async (req, res) => {
    res.json({ data: await presentOne(req.actor, await loadVisibleResource(ctx, req.actor, req.params.id)) });
  });

  router.patch('/resources/:id', async (req, res) => {
    const resource = await updateResource(ctx, req.actor, req.params.id, req.body);
    res.json({ data: await presentOne(req.actor, resource) });
  });

  router.put('/resources/:id/organisation', async (req, res) => {
    await setItemOrganisation(ctx, req.actor, 'resource', req.params.id, req.body);
    res.json({ data: await presentOne(req.actor, await loadVisibleResource(ctx, req.actor, req.params.id)) });
  });

  for (const [name, transition] of Object.entries(transitions)) {
    router.post(`/resources/:id/${name}`, async (req, res) => {
      const resource = await transition(ctx, req.actor, req.params.id, req.body);
      res.json({ data: await presentOne(req.actor, resource) });
    });
  }

  return router;
}
