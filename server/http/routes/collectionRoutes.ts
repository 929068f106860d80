// /api/collections: list, get by id or by slug (an old slug answers 301), create, update, publish (now or
// scheduled) and unpublish.
import { Router } from 'express';
import type { Actor, AppContext } from '../../context.js';
import type { Collection } from '../../models/collection.js';
import { presentCollectionViews } from '../../presenters/collectionPresenter.js';
import { collectionViews } from '../../commands/collections/collectionViews.js';
import { publishCollection } from '../../commands/collections/publishCollection.js';
import { unpublishCollection } from '../../commands/collections/unpublishCollection.js';
import { createCollection } from '../../commands/collections/createCollection.js';
import { listCollections } from '../../commands/collections/listCollections.js';
import { findVisibleCollection, loadVisibleCollection } from '../../commands/collections/loadCollection.js';
import { updateCollection } from '../../commands/collections/updateCollection.js';

export function collectionRoutes(ctx: AppContext): Router {
  const router = Router();
  const presentAll = async (actor: Actor, docs: readonly Collection[]) => presentCollectionViews(ctx, await collectionViews(ctx, actor, docs));
  const presentOne = async (actor: Actor, doc: Collection) => (await presentAll(actor, [doc]))[0];

  router.get('/collections', async (req, res) => {
    const { items, page } = await listCollections(ctx, req.actor, req.query);
    res.json({ data: await presentAll(req.actor, items), page });
  });

  router.post('/collections', async (req, res) => {
    const collection = await createCollection(ctx, req.actor, req.body);
    res.status(201).json({ data: await presentOne(req.actor, collection) });
  });

  router.get('/collections/by-slug/:slug', async (req, res) => {
    const { doc, moved } = await findVisibleCollection(ctx, req.actor, req.params.slug);
    if (moved) return res.redirect(301, `/api/collections/by-slug/${doc.slug}`);
    res.json({ data: await presentOne(req.actor, doc) });
  });

  router.get('/collections/:id', async (req, res) => {
    res.json({ data: await presentOne(req.actor, await loadVisibleCollection(ctx, req.actor, req.params.id)) });
  });

  router.patch('/collections/:id', async (req, res) => {
    res.json({ data: await presentOne(req.actor, await updateCollection(ctx, req.actor, req.params.id, req.body)) });
  });

  router.post('/collections/:id/publish', async (req, res) => {
    res.json({ data: await presentOne(req.actor, await publishCollection(ctx, req.actor, req.params.id, req.body)) });
  });

  router.post('/collections/:id/unpublish', async (req, res) => {
    res.json({ data: await presentOne(req.actor, await unpublishCollection(ctx, req.actor, req.params.id, req.body)) });
  });

  return router;
}
