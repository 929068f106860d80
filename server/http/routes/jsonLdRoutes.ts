// GET /api/practices/:id/jsonld and /api/resources/:id/jsonld: schema.org JSON-LD of a published practice or
// resource (anything not published is 404, like anything the reader may not see).
import { Router, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { loadVisiblePractice } from '../../commands/practices/loadPractice.js';
import { loadVisibleResource } from '../../commands/resources/loadResource.js';
import { notFound } from '../../errors.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { practiceJsonLd, resourceJsonLd } from '../../presenters/jsonLd.js';

const sendJsonLd = (res: Response, data: Record<string, unknown>): void => {
  res.type('application/ld+json').send(JSON.stringify(data));
};

export function jsonLdRoutes(ctx: AppContext): Router {
  const router = Router();
  const authorName = async (authorId: unknown): Promise<string | null> =>
    (await loadDisplayNames(ctx, [String(authorId)])).get(String(authorId)) ?? null;

  router.get('/practices/:id/jsonld', async (req, res) => {
    const practice = await loadVisiblePractice(ctx, req.actor, req.params.id);
    if (practice.state !== 'published') throw notFound('The practice');
    sendJsonLd(res, practiceJsonLd(practice, ctx.config.publicUrl, await authorName(practice.authorId)));
  });

  router.get('/resources/:id/jsonld', async (req, res) => {
    const resource = await loadVisibleResource(ctx, req.actor, req.params.id);
    if (resource.state !== 'published') throw notFound('The resource');
    sendJsonLd(res, resourceJsonLd(resource, ctx.config.publicUrl, await authorName(resource.authorId)));
  });

  return router;
}
