// /feeds/practices.rss and /feeds/practices.atom: newly published practices, all or per sector, competence area
// (?area=digCompEdu:2) or language; links absolute from config.publicUrl.
import { Router, type Request } from 'express';
import type { AppContext } from '../../context.js';
import { practiceFeed, type PracticeFeed } from '../../commands/feeds/practiceFeed.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { practiceFeedEntries, renderAtom, renderRss, type Feed } from '../../presenters/feeds.js';

const formats = {
  rss: { render: renderRss, type: 'application/rss+xml; charset=utf-8' },
  atom: { render: renderAtom, type: 'application/atom+xml; charset=utf-8' },
} as const;

function feedQueryString(query: PracticeFeed['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function feedRoutes(ctx: AppContext): Router {
  const router = Router();
  const buildFeed = async (req: Request, format: keyof typeof formats): Promise<Feed> => {
    const found = await practiceFeed(ctx, req.query);
    const names = await loadDisplayNames(ctx, found.practices.map((practice) => practice.authorId));
    const query = feedQueryString(found.query);
    return {
      title: found.scope ? `Praxis — new good practices · ${found.scope}` : 'Praxis — new good practices',
      description: 'Newly published good practices in digital competence for schools, municipalities and public administration.',
      selfUrl: new URL(`/feeds/practices.${format}${query}`, ctx.config.publicUrl).toString(),
      siteUrl: new URL(`/practices${query}`, ctx.config.publicUrl).toString(),
      entries: practiceFeedEntries(found.practices, ctx.config.publicUrl, names),
    };
  };

  for (const format of Object.keys(formats) as Array<keyof typeof formats>) {
    router.get(`/feeds/practices.${format}`, async (req, res) => {
      const feed = await buildFeed(req, format);
      res.set('Cache-Control', 'public, max-age=300');
      res.type(formats[format].type).send(formats[format].render(feed));
    });
  }
  return router;
}
