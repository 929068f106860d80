// /api/search (federated over practices, resources and posts), /api/search/<type> and /api/search/suggest.
import { Router, type Request } from 'express';
import type { AppContext } from '../../context.js';
import { facetFields, searchContent, type SearchOutcome } from '../../commands/search/searchContent.js';
import { suggestTitles } from '../../commands/search/suggestTitles.js';
import { presentFacets, presentSearchHit, presentSuggestedFilters } from '../../presenters/searchPresenter.js';
import { chooseLocale } from '../pages/pageContext.js';
import type { SearchType } from '../../search/searchDocument.js';
import type { SearchLanguage } from '../../search/textAnalysis.js';

/** The reader's interface language (`?lang=`, the language cookie, the account, the browser) when `locale` is not given. */
const readerLocale = (req: Request): SearchLanguage => chooseLocale(req);

function searchPage(outcome: SearchOutcome) {
  return {
    data: outcome.result.hits.map((hit) => presentSearchHit(hit, outcome.locale)),
    page: { offset: outcome.offset, limit: outcome.limit, total: outcome.result.total },
    facets: presentFacets(outcome.result, facetFields, outcome.facets),
    suggestedFilters: presentSuggestedFilters(outcome.suggestedFilters, outcome.locale),
  };
}

export function searchRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/search', async (req, res) => {
    res.json(searchPage(await searchContent(ctx, req.actor, req.query, { defaultLocale: readerLocale(req) })));
  });

  router.get('/search/suggest', async (req, res) => {
    const outcome = await suggestTitles(ctx, req.actor, req.query, readerLocale(req));
    res.json({ data: outcome.result.hits.map((hit) => presentSearchHit(hit, outcome.locale)) });
  });

  for (const type of ['practices', 'resources', 'posts'] as const satisfies readonly SearchType[]) {
    router.get(`/search/${type}`, async (req, res) => {
      res.json(searchPage(await searchContent(ctx, req.actor, req.query, { only: type, defaultLocale: readerLocale(req) })));
    });
  }

  return router;
}
