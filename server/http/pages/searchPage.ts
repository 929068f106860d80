// GET /search: the site-wide search over practices, resources and discussions with facets, sort and pages, as a
// GET form that works without JavaScript; the search island (web/src/entries/search.ts) updates it as you type from
// /search/fragment, the same parts rendered by the same views.
import type { Request, Response } from 'express';
import type { AppContext } from '../../context.js';
import { facetFields, searchContent, type SearchOutcome } from '../../commands/search/searchContent.js';
import { AppError } from '../../errors.js';
import { searchFilterFields, searchTypeNames, type SearchFilterName } from '../../commands/search/schemas.js';
import type { MessageKey } from '../../i18n/translate.js';
import { presentFacets, presentSearchHit, type SearchHitView } from '../../presenters/searchPresenter.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import type { FacetValue } from '../../commands/practices/browsePractices.js';
import { facetGroup } from './views/facets.js';
import { pagination, resultRange } from './views/pagination.js';
import { searchHitList, typeLabel } from './views/searchHits.js';
import { label } from './views/vocabBadges.js';
import type { VocabularyId } from '../../vocab/index.js';

/** The facets the page shows, in order: query parameter, legend, and how a value is labelled. */
const shownFacets: readonly { name: 'type' | SearchFilterName; legend: MessageKey; vocab?: VocabularyId }[] = [
  { name: 'type', legend: 'search.facet.type' },
  { name: 'practiceType', legend: 'practice.type', vocab: 'practiceTypes' },
  { name: 'resourceKind', legend: 'resources.kind', vocab: 'resourceKinds' },
  { name: 'country', legend: 'facets.country', vocab: 'countries' },
  { name: 'sector', legend: 'practice.sector', vocab: 'sectors' },
  { name: 'educationLevel', legend: 'practice.levels', vocab: 'educationLevels' },
  { name: 'digCompEdu', legend: 'facets.competence', vocab: 'digCompEdu' },
  { name: 'evidenceLevel', legend: 'practice.evidenceLevel', vocab: 'evidenceLevels' },
  { name: 'language', legend: 'facets.language', vocab: 'languages' },
];

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

function facetsHtml(page: PageContext, outcome: SearchOutcome | null, input: Record<string, unknown>): SafeHtml {
  const counts = outcome ? presentFacets(outcome.result, facetFields, shownFacets.map((facet) => facet.name)) : {};
  return html`${shownFacets.map((facet) => {
    const values: FacetValue[] = Object.entries(counts[facet.name] ?? {}).map(([value, count]) => ({ value, count }));
    const labelOf = (value: string): string =>
      facet.vocab ? label(page, facet.vocab, value) : value === 'practice' || value === 'resource' || value === 'post' ? typeLabel(page, value) : value;
    return facetGroup(page, { param: facet.name, labelOf, values, selected: selectedOf(input, facet.name) }, page.t(facet.legend));
  })}`;
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
  const { input } = shown;
  const q = String(input.q);
  const title = q ? page.t('search.titleFor', { q }) : page.t('search.title');
  const body = html`<h1>${page.t('search.title')}</h1>
    <form class="search-form" method="get" action="/search" role="search" data-search-island data-failed="${page.t('search.unavailable')}">
      <div class="search-bar">
        <label for="search-q">${page.t('search.label')}</label>
        <div class="search-row"><input id="search-q" type="search" name="q" value="${q}" autocomplete="off" aria-describedby="search-hint">
        <button type="submit">${page.t('nav.search')}</button></div>
        <p class="hint" id="search-hint">${page.t('search.hint')}</p>
      </div>
      <div class="with-sidebar">
        <div class="filters">
          <h2 id="filters-heading">${page.t('facets.heading')}</h2>
          <div class="sort"><label for="search-sort">${page.t('browse.sort')}</label>
            <select id="search-sort" name="sort">
              <option value="relevance"${input.sort === 'relevance' ? html` selected` : ''}>${page.t('search.sort.relevance')}</option>
              <option value="newest"${input.sort === 'newest' ? html` selected` : ''}>${page.t('browse.sort.newest')}</option>
            </select></div>
          ${facetsHtml(page, shown.outcome, input)}
          <div class="form-actions"><button type="submit">${page.t('facets.apply')}</button> <a href="/search">${page.t('facets.clear')}</a></div>
        </div>
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" tabindex="-1">${page.t('search.results')}</h2>
          <p class="search-status" role="status" aria-live="polite" aria-atomic="true">${statusText(page, shown)}</p>
          <div class="search-results">${resultsHtml(page, shown)}</div>
          <div class="search-pagination">${pagination(page, shown.list)}</div>
        </section>
      </div>
    </form>`;
  res
    .status(shown.unavailable ? 503 : 200)
    .type('html')
    .send(renderPage(page, { title, description: page.t('search.label'), body, scripts: ['search.js'], noIndex: q !== '' }));
}

/**
 * GET /search/fragment: the parts of /search that a search changes (status, results, pagination, facet counts), for
 * the search island; the links in it point at /search with the same query.
 */
export async function renderSearchFragment(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const page: PageContext = { ...pageContext(req), url: req.originalUrl.replace(/^\/search\/fragment/, '/search') };
  const shown = await runPageSearch(ctx, req, page);
  res
    .status(shown.unavailable ? 503 : 200)
    .type('html')
    .set('X-Robots-Tag', 'noindex')
    .send(html`<p data-part="status">${statusText(page, shown)}</p><div data-part="results">${resultsHtml(page, shown)}</div><div data-part="pagination">${pagination(page, shown.list)}</div><div data-part="facets">${facetsHtml(page, shown.outcome, shown.input)}</div>`.value);
}
