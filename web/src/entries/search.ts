// The search island: on /search, results, counts and facets update as the reader types or ticks a filter
// (debounced), announced in a polite live region; Enter moves focus to the results. It renders nothing itself: it
// swaps in the parts the server renders at /search/fragment with the page's own views, so live and reloaded
// results are one markup. It also narrows a long facet by the words typed in its box, opens and closes the filters on
// a phone ("Filters (n)"), and tells the server which result was opened (its position only, for the search analytics).
// Without JavaScript the same form submits to the server-rendered page.

const debounceMs = 250;
/** A typed search the reader rests on this long counts for the search analytics; one still being typed does not. */
const settledMs = 2000;

const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').toLowerCase();

/** Shows only the values of a folded facet whose label contains what was typed in its box. */
function filterFacetValues(box: HTMLInputElement, noValue: string): void {
  const details = box.closest('details');
  if (!details) return;
  const wanted = fold(box.value.trim());
  let shown = 0;
  for (const item of details.querySelectorAll<HTMLLIElement>('li')) {
    const match = !wanted || fold(item.textContent ?? '').includes(wanted);
    item.hidden = !match;
    if (match) shown += 1;
  }
  let empty = details.querySelector<HTMLElement>('.facet-none');
  if (!empty) {
    empty = document.createElement('p');
    empty.className = 'facet-none';
    empty.textContent = noValue;
    details.append(empty);
  }
  empty.hidden = shown > 0;
}

function enableFacetFilters(root: ParentNode, noValue: string): void {
  for (const holder of root.querySelectorAll<HTMLElement>('.facet-filter')) holder.hidden = false;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-facet-filter]')) {
    box.addEventListener('input', () => filterFacetValues(box, noValue));
    // Enter in the box narrows the list; it must not submit the search form.
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
    if (box.value) filterFacetValues(box, noValue);
  }
}

/** On a phone the filters sit behind the "Filters (n)" button; on a wide screen the button is not shown. */
function enableFiltersToggle(form: HTMLFormElement, heading: HTMLElement): void {
  const button = form.querySelector<HTMLButtonElement>('.filters-button');
  const jump = form.querySelector<HTMLElement>('.filters-jump');
  const panel = form.querySelector<HTMLElement>('#search-filters');
  const showResults = form.querySelector<HTMLButtonElement>('.show-results');
  if (!button || !panel) return;
  form.classList.add('has-filters-toggle');
  button.hidden = false;
  if (jump) jump.hidden = true;
  if (showResults) showResults.hidden = false;
  const setOpen = (open: boolean, focus: HTMLElement): void => {
    form.classList.toggle('filters-open', open);
    button.setAttribute('aria-expanded', String(open));
    focus.focus();
  };
  button.addEventListener('click', () => setOpen(!form.classList.contains('filters-open'), form.classList.contains('filters-open') ? button : panel));
  showResults?.addEventListener('click', () => setOpen(false, heading));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && form.classList.contains('filters-open')) setOpen(false, button);
  });
}

/** Reports which result of which query was opened: the query, its language and the position, nothing about the reader. */
function reportClicks(form: HTMLFormElement, results: HTMLElement): void {
  const token = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.search-hit a[href]') : null;
    const q = form.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim() ?? '';
    const card = link?.closest('.search-hit');
    if (!card || !q) return;
    const offset = Number(new URLSearchParams(location.search).get('offset') ?? '0') || 0;
    const position = offset + [...results.querySelectorAll('.search-hit')].indexOf(card) + 1;
    const body = JSON.stringify({ q, locale: document.documentElement.lang, position });
    void fetch('/api/search/clicks', { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'application/json', 'x-csrf-token': token } }).catch(() => undefined);
  });
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = form.querySelector<HTMLElement>('.search-status');
  const results = form.querySelector<HTMLElement>('.search-results');
  const pager = form.querySelector<HTMLElement>('.search-pagination');
  const suggested = form.querySelector<HTMLElement>('.search-suggested');
  const facets = form.querySelector<HTMLElement>('.facet-groups');
  const heading = form.querySelector<HTMLElement>('#results-heading');
  if (!input || !status || !results || !pager || !suggested || !facets || !heading) return;
  const lang = document.documentElement.lang;
  const noValue = form.dataset.noValue ?? '';
  let timer: number | undefined;
  let settleTimer: number | undefined;
  let controller: AbortController | null = null;

  const formParams = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value === 'string' && value !== '') params.append(name, value);
    }
    return params;
  };

  /** New facet groups in place of the old, keeping the focused box, the open groups and what was typed in their boxes. */
  const replaceFacets = (fresh: Element | null): void => {
    const focusedId = document.activeElement instanceof HTMLElement && facets.contains(document.activeElement) ? document.activeElement.id : '';
    const open = new Set([...facets.querySelectorAll('fieldset[data-facet]')].filter((set) => set.querySelector('details')?.open).map((set) => set.getAttribute('data-facet')));
    const typed = new Map([...facets.querySelectorAll<HTMLInputElement>('input[data-facet-filter]')].map((box) => [box.id, box.value]));
    facets.innerHTML = fresh?.innerHTML ?? '';
    for (const set of facets.querySelectorAll('fieldset[data-facet]')) {
      const details = set.querySelector('details');
      if (details && open.has(set.getAttribute('data-facet'))) details.open = true;
    }
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[data-facet-filter]')) box.value = typed.get(box.id) ?? '';
    enableFacetFilters(facets, noValue);
    if (focusedId) document.getElementById(focusedId)?.focus();
  };

  const show = (fragment: Document, moveFocus: boolean): void => {
    const part = (name: string): Element | null => fragment.querySelector(`[data-part="${name}"]`);
    status.textContent = part('status')?.textContent ?? '';
    const buttonText = part('filters-button')?.textContent ?? '';
    for (const element of form.querySelectorAll('[data-part-text="filters-button"]')) element.textContent = buttonText;
    suggested.innerHTML = part('suggested')?.innerHTML ?? '';
    results.innerHTML = part('results')?.innerHTML ?? '';
    pager.innerHTML = part('pagination')?.innerHTML ?? '';
    replaceFacets(part('facets'));
    if (moveFocus) heading.focus();
  };

  const run = async (moveFocus: boolean, typing = false): Promise<void> => {
    controller?.abort();
    controller = new AbortController();
    window.clearTimeout(settleTimer);
    const params = formParams();
    const query = new URLSearchParams(params);
    if (lang) query.set('lang', lang);
    const counted = query.toString();
    if (typing) {
      query.set('typing', '1');
      // Asked again without the mark once the reader rests on it, so the server counts it (the answer is not needed).
      settleTimer = window.setTimeout(() => void fetch(`/search/fragment?${counted}`, { credentials: 'same-origin' }).catch(() => undefined), settledMs);
    }
    form.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`/search/fragment?${query.toString()}`, { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: controller.signal });
      // 503 is still an answer: the fragment then says that search is unavailable.
      if (!response.ok && response.status !== 503) throw new Error(`search failed (${response.status})`);
      show(new DOMParser().parseFromString(await response.text(), 'text/html'), moveFocus);
      // The address follows what is shown, so a shared or reloaded link gives the same results.
      history.replaceState(null, '', params.toString() ? `/search?${params.toString()}` : '/search');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      status.textContent = form.dataset.failed ?? '';
    } finally {
      form.removeAttribute('aria-busy');
    }
  };

  const schedule = (typing: boolean): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(false, typing), debounceMs);
  };

  input.addEventListener('input', () => schedule(true));
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && (event.target === input || event.target.hasAttribute('data-facet-filter'))) return;
    schedule(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(true);
  });
  enableFacetFilters(facets, noValue);
  enableFiltersToggle(form, heading);
  reportClicks(form, results);
}

const form = document.querySelector<HTMLFormElement>('form[data-search-island]');
if (form) enhance(form);
