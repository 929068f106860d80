// GET /vocabulary: the shared vocabulary the practices are described with — each term in the reader's language, its
// names in the other three interface languages (any of them finds it in search), and how many items it describes,
// linked to the search filtered by it. Counts are the search's own facet counts, so they respect what the reader may see.
import { Router } from 'express';
import type { Actor, AppContext } from '../../context.js';
import { facetFields, searchContent, type SearchOutcome } from '../../commands/search/searchContent.js';
import { AppError } from '../../errors.js';
import type { SearchFilterName } from '../../commands/search/schemas.js';
import { presentFacets } from '../../presenters/searchPresenter.js';
import { termIds, termLabel, uiLocales, vocabularies, type VocabularyId } from '../../vocab/index.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { valueLabel } from './views/searchFacetLabels.js';

/** The vocabularies a practice is described with, in the order the search page offers them as filters. */
const described: readonly { filter: SearchFilterName; vocab: VocabularyId }[] = [
  { filter: 'practiceType', vocab: 'practiceTypes' },
  { filter: 'sector', vocab: 'sectors' },
  { filter: 'educationLevel', vocab: 'educationLevels' },
  { filter: 'targetGroup', vocab: 'targetGroups' },
  { filter: 'digCompEdu', vocab: 'digCompEdu' },
  { filter: 'digComp', vocab: 'digComp' },
  { filter: 'selfieArea', vocab: 'selfieAreas' },
  { filter: 'evidenceLevel', vocab: 'evidenceLevels' },
];

type Counts = Readonly<Record<string, Readonly<Record<string, number>>>> | null;

function termRow(page: PageContext, filter: SearchFilterName, vocab: VocabularyId, id: string, counts: Counts): SafeHtml {
  const name = valueLabel(page, vocab, id);
  const count = counts?.[filter]?.[id] ?? 0;
  const others = uiLocales.filter((locale) => locale !== page.locale);
  return html`<tr><th scope="row">${count > 0 ? html`<a href="/search?${new URLSearchParams({ [filter]: id }).toString()}">${name}</a>` : name}</th>
    <td><ul class="term-names">${others.map((locale) => html`<li><span class="term-language">${termLabel('languages', locale, page.locale)}:</span> <span lang="${locale}">${termLabel(vocab, id, locale)}</span></li>`)}</ul></td>
    <td class="numeric">${counts ? page.number(count) : '—'}</td></tr>`;
}

function vocabularySection(page: PageContext, filter: SearchFilterName, vocab: VocabularyId, counts: Counts): SafeHtml {
  const heading = vocabularies[vocab].labels[page.locale];
  return html`<section class="vocabulary" aria-labelledby="vocab-${vocab}"><h2 id="vocab-${vocab}">${heading}</h2>
    <table class="table"><caption class="visually-hidden">${heading}</caption>
      <thead><tr><th scope="col">${page.t('vocabulary.term')}</th><th scope="col">${page.t('vocabulary.otherLanguages')}</th><th scope="col" class="numeric">${page.t('vocabulary.count')}</th></tr></thead>
      <tbody>${termIds(vocab).map((id) => termRow(page, filter, vocab, id, counts))}</tbody></table></section>`;
}

/** The facet counts of everything the reader may find; null while search is unavailable (the terms still show). */
async function termCounts(ctx: AppContext, actor: Actor, page: PageContext): Promise<Counts> {
  const facets = described.map(({ filter }) => filter);
  try {
    const outcome: SearchOutcome = await searchContent(ctx, actor, { q: '', facets, limit: 1 }, { defaultLocale: page.locale });
    return presentFacets(outcome.result, facetFields, facets);
  } catch (error) {
    if (error instanceof AppError && error.status === 503) return null;
    throw error;
  }
}

export function vocabularyPage(ctx: AppContext): Router {
  const router = Router();
  router.get('/vocabulary', async (req, res) => {
    const page = pageContext(req);
    const counts = await termCounts(ctx, req.actor, page);
    const body = html`<h1>${page.t('vocabulary.title')}</h1>
      <p class="lead">${page.t('vocabulary.lead')}</p>
      ${counts ? '' : html`<p class="notice" role="status">${page.t('vocabulary.countsUnavailable')}</p>`}
      <nav aria-labelledby="vocabulary-contents"><h2 id="vocabulary-contents" class="visually-hidden">${page.t('vocabulary.contents')}</h2>
        <ul class="inline-list">${described.map(({ vocab }) => html`<li><a href="#vocab-${vocab}">${vocabularies[vocab].labels[page.locale]}</a></li>`)}</ul></nav>
      ${described.map(({ filter, vocab }) => vocabularySection(page, filter, vocab, counts))}`;
    res.type('html').send(renderPage(page, { title: page.t('vocabulary.title'), description: page.t('vocabulary.lead'), body }));
  });
  return router;
}
