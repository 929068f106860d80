// The saved-search parts of pages: the "Save this search" form under the search results (its island copies the
// current query into it, since the search island changes the address as one types) and a saved search described
// in words ("Words: …", "Sector: Local government").
import type { SavedSearchQuery } from '../../../models/savedSearch.js';
import { csrfField } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { shownFacets, valueLabel } from './searchFacetLabels.js';

/** The save form for the search the page shows (`search`: its query string, without the leading `?`). */
export function saveSearchForm(page: PageContext, search: string, q: string): SafeHtml {
  if (!page.user) return html`<p class="save-search"><a href="/sign-in?next=${encodeURIComponent(`/search?${search}`)}">${page.t('savedSearch.signInToSave')}</a></p>`;
  return html`<form class="save-search inline-form" method="post" action="/me/saved-searches" data-save-search>${csrfField(page)}
    <input type="hidden" name="action" value="save"><input type="hidden" name="search" value="${search}">
    <label for="save-search-name">${page.t('savedSearch.nameLabel')}</label>
    <input id="save-search-name" name="name" required maxlength="80" value="${q}" aria-describedby="save-search-hint">
    <button type="submit" class="button">${page.t('savedSearch.save')}</button>
    <p class="hint" id="save-search-hint">${page.t('savedSearch.saveHint')}</p></form>`;
}

/** What a saved search looks for, each part labelled in the reader's language. */
export function savedSearchSummary(page: PageContext, query: SavedSearchQuery): SafeHtml {
  const parts: SafeHtml[] = [];
  if (query.q) parts.push(html`<li><span class="label">${page.t('savedSearch.words')}</span> “${query.q}”</li>`);
  for (const facet of shownFacets) {
    const values = facet.name === 'type' ? query.types : query.filters[facet.name] ?? [];
    if (values.length) parts.push(html`<li><span class="label">${page.t(facet.legend)}</span> ${values.map((value) => valueLabel(page, facet.vocab, value)).join(', ')}</li>`);
  }
  return parts.length ? html`<ul class="saved-search-summary">${parts}</ul>` : html`<p class="saved-search-summary">${page.t('savedSearch.everything')}</p>`;
}
