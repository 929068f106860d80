// /api/search (federated over practices, resources, posts and public plans), /api/search/<type>, /api/search/suggest, and the search
// analytics: POST /api/search/clicks (an opened result's position) and GET /api/search/analytics (organisers).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { facetFields, searchContent, type SearchOutcome } from '../../commands/search/searchContent.js';
import { suggestTitles } from '../../commands/search/suggestTitles.js';
import { countSearchClick, searchAnalytics } from '../../commands/search/searchAnalytics.js';
import { markSearchAnswer } from '../middleware/searchCounting.js';
import { presentFacets, presentSearchHit, presentSuggestedFilters } from '../../presenters/searchPresenter.js';
import { chooseLocale } from '../pages/pageContext.js';
import { searchTypes } from '../../search/searchDocument.js';
import type { SearchLanguage } from '../../search/textAnalysis.js';

/** The reader's interface language (`?lang=`, the language cookie, the account, the browser) when `locale` is not given. */
const readerLocale = (req: Request): SearchLanguage => chooseLocale(req);

export function searchPage(outcome: SearchOutcome) {
  return {
    data: outcome.result.hits.map((hit) => presentSearchHit(hit, outcome.locale)),
    page: { offset: outcome.offset, limit: outcome.limit, total: outcome.result.total },
    facets: presentFacets(outcome.result, facetFields, outcome.facets),
    suggestedFilters: presentSuggestedFilters(outcome.suggestedFilters, outcome.locale),
  };
}

/** The JSON of a search, its response marked for the search analytics. */
function answered(res: Response, outcome: SearchOutcome) {
  markSearchAnswer(res, outcome.result.total, outcome.locale);
  return searchPage(outcome);
}

export function searchRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/search', async (req, res) => {
    res.json(answered(res, await searchContent(ctx, req.actor, req.query, { defaultLocale: readerLocale(req) })));
  });

  router.post('/search/clicks', (req, res) => {
    countSearchClick(ctx, req.body);
    res.status(204).end();
  });

  router.get('/search/analytics', async (req, res) => {
    res.json({ data: await searchAnalytics(ctx, req.actor, req.query) });
  });

  router.get('/search/suggest', async (req, res) => {
    const outcome = await suggestTitles(ctx, req.actor, req.query, readerLocale(req));
    res.json({ data: outcome.result.hits.map((hit) => presentSearchHit(hit, outcome.locale)) });
  });

  for (const type of searchTypes) {
    router.get(`/search/${type}`, async (req, res) => {
      res.json(answered(res, await searchContent(ctx, req.actor, req.query, { only: type, defaultLocale: readerLocale(req) })));
    });
  }

  return router;
}
