// The search island: on /search, results, counts and facet counts update as the reader types or ticks a filter
// (debounced, over /api/search), announced in a polite live region; Enter moves focus to the results. Without
// JavaScript the same form submits to the server-rendered page.
import { apiErrorOf } from '../lib/api.js';
import { renderHits, type SearchResponse } from '../lib/searchResults.js';

const debounceMs = 250;
/** The same regional formats as the server's dates and numbers (server/i18n/locales.ts). */
const intlTags: Record<string, string> = { sl: 'sl-SI', pl: 'pl-PL', sv: 'sv-SE', en: 'en-GB' };

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = form.querySelector<HTMLElement>('.search-status');
  const results = form.querySelector<HTMLElement>('.search-results');
  const pager = form.querySelector<HTMLElement>('.search-pagination');
  const heading = form.querySelector<HTMLElement>('#results-heading');
  if (!input || !status || !results || !pager || !heading) return;
  const locale = document.documentElement.lang || 'en';
  const numbers = new Intl.NumberFormat(intlTags[locale] ?? locale);
  const text = form.dataset;
  const labels = { practice: text.labelPractice ?? 'Practice', resource: text.labelResource ?? 'Resource', post: text.labelPost ?? 'Discussion' };
  const facetNames = [...new Set([...form.querySelectorAll<HTMLElement>('fieldset[data-facet]')].map((set) => set.dataset.facet ?? ''))].filter(Boolean);
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const formParams = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value === 'string' && value !== '') params.append(name, value);
    }
    return params;
  };

  const updateFacetCounts = (facets: SearchResponse['facets']): void => {
    for (const box of form.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')) {
      const count = box.parentElement?.querySelector('.count');
      if (count) count.textContent = `(${numbers.format(facets[box.name]?.[box.value] ?? 0)})`;
    }
  };

  const show = (response: SearchResponse, params: URLSearchParams, moveFocus: boolean): void => {
    const { offset, limit, total } = response.page;
    if (response.data.length) results.innerHTML = renderHits(response.data, labels, intlTags[locale] ?? locale);
    else {
      const none = document.createElement('p');
      none.textContent = text.empty ?? '';
      results.replaceChildren(none);
    }
    status.textContent = total === 0 ? (text.empty ?? '') : fill(text.range ?? '{from}–{to} / {total}', {
      from: numbers.format(offset + 1),
      to: numbers.format(Math.min(offset + limit, total)),
      total: numbers.format(total),
    });
    pager.innerHTML = '';
    if (total > limit) {
      const next = new URLSearchParams(params);
      next.set('offset', String(limit));
      const link = document.createElement('a');
      link.href = `/search?${next.toString()}`;
      link.rel = 'next';
      link.className = 'button secondary';
      link.textContent = text.next ?? '→';
      pager.append(link);
    }
    updateFacetCounts(response.facets ?? {});
    if (moveFocus) heading.focus();
  };

  const run = async (moveFocus: boolean): Promise<void> => {
    controller?.abort();
    controller = new AbortController();
    const params = formParams();
    const query = new URLSearchParams(params);
    query.set('locale', locale);
    query.set('limit', '20');
    if (facetNames.length) query.set('facets', facetNames.join(','));
    form.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`/api/search?${query.toString()}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: controller.signal });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw apiErrorOf(response.status, body);
      show(body as SearchResponse, params, moveFocus);
      // The address follows what is shown, so a shared or reloaded link gives the same results.
      history.replaceState(null, '', params.toString() ? `/search?${params.toString()}` : '/search');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      status.textContent = text.failed ?? '';
    } finally {
      form.removeAttribute('aria-busy');
    }
  };

  const schedule = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(false), debounceMs);
  };

  input.addEventListener('input', schedule);
  form.addEventListener('change', (event) => {
    if (event.target !== input) schedule();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(true);
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-search-island]');
if (form) enhance(form);
