// Browsing practices: GET /practices with facet checkboxes (counts), sort and pagination, all in one GET form
// that works without JavaScript; and GET /search, the site-wide search page (searchPage.ts).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import type { MessageKey } from '../../i18n/translate.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { renderSearchFragment, renderSearchPage } from './searchPage.js';
import { pageContext, type PageContext } from './pageContext.js';
import { browsePractices, parsePracticeFilters, practiceFacets, type FacetParam, type PracticeBrowse, type PracticeFilters } from '../../commands/practices/browsePractices.js';
import { facetGroup } from './views/facets.js';
import { feedAndExportLinks, feedHeadLinks, feedQuery } from './views/feedLinks.js';
import { pagination, resultRange } from './views/pagination.js';
import { practiceCardList } from './views/practiceCard.js';
import { label } from './views/vocabBadges.js';

export const facetLegends: Record<FacetParam, MessageKey> = {
  type: 'practice.type',
  sector: 'practice.sector',
  country: 'facets.country',
  level: 'practice.levels',
  competence: 'facets.competence',
  evidence: 'practice.evidenceLevel',
  language: 'facets.language',
};

const pageSize = 20;

export function readOffset(query: Record<string, unknown>): number {
  const offset = Number(query.offset);
  return Number.isInteger(offset) && offset > 0 && offset <= 100_000 ? offset : 0;
}

export function facetFieldsets(page: PageContext, facets: PracticeBrowse['facets'], filters: PracticeFilters): SafeHtml {
  return html`${practiceFacets.map((facet) =>
    facetGroup(
      page,
      { param: facet.param, labelOf: (value) => label(page, facet.vocab, value), values: facets[facet.param], selected: filters[facet.param] ?? [] },
      page.t(facetLegends[facet.param]),
    ),
  )}`;
}

function sortSelect(page: PageContext, sort: 'newest' | 'title'): SafeHtml {
  return html`<label for="sort">${page.t('browse.sort')}</label>
    <select id="sort" name="sort">
      <option value="newest"${sort === 'newest' ? html` selected` : ''}>${page.t('browse.sort.newest')}</option>
      <option value="title"${sort === 'title' ? html` selected` : ''}>${page.t('browse.sort.title')}</option>
    </select>`;
}

/** The browse query without paging, for the export of every matching practice. */
function exportQuery(url: string): string {
  const params = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  params.delete('offset');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function browsePages(ctx: AppContext): Router {
  const router = Router();

  router.get('/practices', async (req, res) => {
    const page = pageContext(req);
    const filters = parsePracticeFilters(req.query);
    const sort = req.query.sort === 'title' ? 'title' : 'newest';
    const result = await browsePractices(ctx, filters, sort, { offset: readOffset(req.query), limit: pageSize });
    const feeds = feedQuery(filters);
    const title = page.t('browse.title');
    const body = html`<h1>${title}</h1>
      <p class="lead">${page.t('browse.intro')}</p>
      <div class="with-sidebar">
        <form class="filters" method="get" action="/practices" aria-labelledby="filters-heading">
          <h2 id="filters-heading">${page.t('facets.heading')}</h2>
          <div class="sort">${sortSelect(page, sort)}</div>
          ${facetFieldsets(page, result.facets, filters)}
          <div class="form-actions"><button type="submit">${page.t('facets.apply')}</button> <a href="/practices">${page.t('facets.clear')}</a></div>
        </form>
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="results-count">${resultRange(page, result.page)}</h2>
          ${result.items.length ? practiceCardList(page, result.items) : html`<p>${page.t('browse.none')}</p>`}
          ${pagination(page, result.page)}
          ${feedAndExportLinks(page, { feedQuery: feeds, exportPath: `/practices/export${exportQuery(req.originalUrl)}` })}
        </section>
      </div>`;
    res.type('html').send(renderPage(page, { title, description: page.t('browse.intro'), body, canonicalPath: '/practices', head: feedHeadLinks(page, feeds) }));
  });

  router.get('/search', async (req, res) => renderSearchPage(ctx, req, res));
  router.get('/search/fragment', async (req, res) => renderSearchFragment(ctx, req, res));

  return router;
}
