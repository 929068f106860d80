// GET /search: the site-wide search over practices, resources, discussions and public plans with facets, sort and pages, as a
// GET form that works without JavaScript; the search island (web/src/entries/search.ts) updates it as you type from
// /search/fragment, the same parts rendered by the same views.
import type { Request, Response } from 'express';
import type { AppContext } from '../../context.js';
import { facetFields, searchContent, type SearchOutcome } from '../../commands/search/searchContent.js';
import { AppError } from '../../errors.js';
import { searchFilterFields, searchTypeNames, type SearchFilterName } from '../../commands/search/schemas.js';
import { presentFacets, presentSearchHit, type SearchHitView } from '../../presenters/searchPresenter.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { markSearchAnswer } from '../middleware/searchCounting.js';
import { pageContext, type PageContext } from './pageContext.js';
import type { FacetValue } from '../../commands/practices/browsePractices.js';
import { facetGroup, shownFacetValues } from './views/facets.js';
import { pagination, resultRange } from './views/pagination.js';
import { searchHitList } from './views/searchHits.js';
import { legendOf, shownFacets, valueLabel } from './views/searchFacetLabels.js';
import { saveSearchForm } from './views/savedSearchViews.js';

const pageSize = 20;

/** The query the search command understands, from the page's query string; invalid filter values are dropped. */
function searchInput(query: Request['query']): Record<string, unknown> {
  const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '');
  const input: Record<string, unknown> = {
    q: typeof query.q === 'string' ? query.q.slice(0, 200) : '',
    sort: query.sort === 'newest' ? 'newest' : 'relevance',
    offset: Math.min(Number(query.offset) || 0, 1900),
    limit: pageSize,
    facets: shownFacets.map((facet) => facet.name),
  };
  const types = list(query.type).filter((type) => type in searchTypeNames);
  if (types.length) input.type = types;
  for (const name of Object.keys(searchFilterFields) as SearchFilterName[]) {
    const values = list(query[name]).filter((value) => searchFilterFields[name].values.safeParse(value).success);
    if (values.length) input[name] = values;
  }
  return input;
}

function selectedOf(input: Record<string, unknown>, name: string): string[] {
  const value = input[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The facet groups, the useful ones first: a group with a ticked value or with two or more values to choose between
 * keeps its place; one that cannot narrow the results (a single value) moves to the end; an empty one is not shown.
 */
function facetsHtml(page: PageContext, outcome: SearchOutcome | null, input: Record<string, unknown>): SafeHtml {
  const counts = outcome ? presentFacets(outcome.result, facetFields, shownFacets.map((facet) => facet.name)) : {};
  const groups = shownFacets.map((facet) => {
    const group = {
      param: facet.name,
      labelOf: (value: string) => valueLabel(page, facet.vocab, value),
      values: Object.entries(counts[facet.name] ?? {}).map(([value, count]): FacetValue => ({ value, count })),
      selected: selectedOf(input, facet.name),
    };
    return { group, legend: page.t(facet.legend), useful: group.selected.length > 0 || shownFacetValues(group).length > 1 };
  });
  const ordered = [...groups.filter((g) => g.useful), ...groups.filter((g) => !g.useful)];
  return html`${ordered.map(({ group, legend }) => facetGroup(page, group, legend))}`;
}

/** How many filter values are ticked, for the "Filters (n)" button. */
function selectedCount(input: Record<string, unknown>): number {
  return shownFacets.reduce((sum, facet) => sum + selectedOf(input, facet.name).length, 0);
}

function filtersButtonText(page: PageContext, input: Record<string, unknown>): string {
  const count = selectedCount(input);
  return count ? page.t('search.filtersButtonCount', { count: page.number(count) }) : page.t('search.filtersButton');
}

/** "Filter by: Sector: Local government" links for the terms the query names: the same search, filtered by the term instead of typed. */
function suggestedFiltersHtml(page: PageContext, shown: ShownSearch): SafeHtml {
  const suggested = shown.outcome?.suggestedFilters ?? [];
  if (!suggested.length) return html``;
  const query = new URLSearchParams(page.url.includes('?') ? page.url.slice(page.url.indexOf('?') + 1) : '');
  const links = suggested.map(({ filter, value }) => {
    const params = new URLSearchParams(query);
    params.delete('q');
    params.delete('offset');
    params.append(filter, value);
    const facet = shownFacets.find((f) => f.name === filter);
    const text = page.t('search.suggestedFilter', { facet: page.t(legendOf.get(filter) ?? 'facets.heading'), term: valueLabel(page, facet?.vocab, value) });
    return html`<li><a class="badge chip" href="/search?${params.toString()}">${text}</a></li>`;
  });
  return html`<div class="suggested-filters"><p id="suggested-filters-label">${page.t('search.suggestedFilters')}</p><ul aria-labelledby="suggested-filters-label">${links}</ul></div>`;
}

/** One search as the page shows it: the reader's query, what the engine answered (null when it is down) and the list. */
interface ShownSearch {
  readonly input: Record<string, unknown>;
  readonly outcome: SearchOutcome | null;
  readonly unavailable: boolean;
  readonly list: { offset: number; limit: number; total: number };
  readonly hits: SearchHitView[];
}

async function runPageSearch(ctx: AppContext, req: Request, page: PageContext): Promise<ShownSearch> {
  const input = searchInput(req.query);
  let outcome: SearchOutcome | null = null;
  let unavailable = false;
  try {
    outcome = await searchContent(ctx, req.actor, input, { defaultLocale: page.locale });
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 503) throw error;
    unavailable = true;
  }
  const hits = outcome ? outcome.result.hits.map((hit) => presentSearchHit(hit, outcome.locale)) : [];
  return { input, outcome, unavailable, list: { offset: Number(input.offset), limit: pageSize, total: outcome?.result.total ?? 0 }, hits };
}

/** The parts of the page a search changes; the island swaps them in from the fragment, so both show one markup. */
function statusText(page: PageContext, shown: ShownSearch): string {
  return shown.unavailable ? page.t('search.unavailable') : resultRange(page, shown.list);
}

function resultsHtml(page: PageContext, shown: ShownSearch): SafeHtml {
  if (shown.hits.length) return searchHitList(page, shown.hits);
  return shown.unavailable ? html`` : html`<p>${page.t('search.none')}</p>`;
}

export async function renderSearchPage(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const page = pageContext(req);
  const shown = await runPageSearch(ctx, req, page);
  if (shown.outcome) markSearchAnswer(res, shown.outcome.result.total, shown.outcome.locale);
  const { input } = shown;
  const q = String(input.q);
  const title = q ? page.t('search.titleFor', { q }) : page.t('search.title');
  const body = html`<h1>${page.t('search.title')}</h1>
    <a class="skip-to-results" href="#results-heading">${page.t('search.skipToResults')}</a>
    <form class="search-form" method="get" action="/search" role="search" data-search-island data-failed="${page.t('search.unavailable')}" data-no-value="${page.t('facets.noValueMatches')}">
      <div class="search-bar">
        <label for="search-q">${page.t('search.label')}</label>
        <div class="search-row"><input id="search-q" type="search" name="q" value="${q}" autocomplete="off" aria-describedby="search-hint">
        <button type="submit">${page.t('nav.search')}</button></div>
        <p class="hint" id="search-hint">${page.t('search.hint')}</p>
        <p class="hint"><a href="/vocabulary">${page.t('vocabulary.browse')}</a></p>
      </div>
      <p class="filters-toggle"><a class="filters-jump" href="#search-filters" data-part-text="filters-button">${filtersButtonText(page, input)}</a><button type="button" class="filters-button" aria-expanded="false" aria-controls="search-filters" data-part-text="filters-button" hidden>${filtersButtonText(page, input)}</button></p>
      <div class="search-layout">
        <div class="filters" id="search-filters" tabindex="-1" aria-labelledby="filters-heading">
          <h2 id="filters-heading">${page.t('facets.heading')}</h2>
          <div class="sort"><label for="search-sort">${page.t('browse.sort')}</label>
            <select id="search-sort" name="sort">
              <option value="relevance"${input.sort === 'relevance' ? html` selected` : ''}>${page.t('search.sort.relevance')}</option>
              <option value="newest"${input.sort === 'newest' ? html` selected` : ''}>${page.t('browse.sort.newest')}</option>
            </select></div>
          <div class="facet-groups">${facetsHtml(page, shown.outcome, input)}</div>
          <div class="form-actions"><button type="submit" class="apply-filters">${page.t('facets.apply')}</button> <button type="button" class="show-results" hidden>${page.t('search.showResults')}</button> <a href="/search">${page.t('facets.clear')}</a></div>
        </div>
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" tabindex="-1">${page.t('search.results')}</h2>
          <p class="search-status" role="status" aria-live="polite" aria-atomic="true">${statusText(page, shown)}</p>
          <div class="search-suggested">${suggestedFiltersHtml(page, shown)}</div>
          <div class="search-results">${resultsHtml(page, shown)}</div>
          <div class="search-pagination">${pagination(page, shown.list)}</div>
        </section>
      </div>
    </form>
    ${saveSearchForm(page, page.url.includes('?') ? page.url.slice(page.url.indexOf('?') + 1) : '', q)}`;
  res
    .status(shown.unavailable ? 503 : 200)
    .type('html')
    .send(renderPage(page, { title, description: page.t('search.label'), body, scripts: ['search.js', 'saveSearch.js'], noIndex: q !== '' }));
}

/**
 * GET /search/fragment: the parts of /search that a search changes (status, filter count, suggested filters, results,
 * pagination, facets), for
 * the search island; the links in it point at /search with the same query.
 */
export async function renderSearchFragment(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const page: PageContext = { ...pageContext(req), url: req.originalUrl.replace(/^\/search\/fragment/, '/search').replace(/([?&])typing=1(&|$)/, '$1').replace(/[?&]$/, '') };
  const shown = await runPageSearch(ctx, req, page);
  if (shown.outcome) markSearchAnswer(res, shown.outcome.result.total, shown.outcome.locale);
  res
    .status(shown.unavailable ? 503 : 200)
    .type('html')
    .set('X-Robots-Tag', 'noindex')
    .send(
      html`<p data-part="status">${statusText(page, shown)}</p><p data-part="filters-button">${filtersButtonText(page, shown.input)}</p><div data-part="suggested">${suggestedFiltersHtml(page, shown)}</div><div data-part="results">${resultsHtml(page, shown)}</div><div data-part="pagination">${pagination(page, shown.list)}</div><div data-part="facets">${facetsHtml(page, shown.outcome, shown.input)}</div>`.value,
    );
}
