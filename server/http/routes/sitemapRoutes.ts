// /sitemap.xml of every public page with its language alternates, and /robots.txt naming it.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { sitemapEntries } from '../../commands/sitemap/sitemapEntries.js';
import { renderRobots, renderSitemap } from '../../presenters/sitemapXml.js';

export function sitemapRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/sitemap.xml', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('application/xml; charset=utf-8').send(renderSitemap(await sitemapEntries(ctx), ctx.config.publicUrl));
  });
  router.get('/robots.txt', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400');
    res.type('text/plain; charset=utf-8').send(renderRobots(ctx.config.publicUrl));
  });
  return router;
}
