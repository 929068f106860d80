// The search island: on /search, results, counts and facet counts update as the reader types or ticks a filter
// (debounced), announced in a polite live region; Enter moves focus to the results. It renders nothing itself: it
// swaps in the parts the server renders at /search/fragment with the page's own views, so live and reloaded
// results are one markup. Without JavaScript the same form submits to the server-rendered page.

const debounceMs = 250;

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = form.querySelector<HTMLElement>('.search-status');
  const results = form.querySelector<HTMLElement>('.search-results');
  const pager = form.querySelector<HTMLElement>('.search-pagination');
  const heading = form.querySelector<HTMLElement>('#results-heading');
  if (!input || !status || !results || !pager || !heading) return;
  const lang = document.documentElement.lang;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const formParams = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value === 'string' && value !== '') params.append(name, value);
    }
    return params;
  };

  /** Each checkbox shows the count the server gave its value (a value absent from the answer has none left). */
  const updateFacetCounts = (facets: Element | null): void => {
    for (const box of form.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')) {
      const count = box.parentElement?.querySelector('.count');
      const fresh = [...(facets?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])].find((other) => other.name === box.name && other.value === box.value);
      if (count) count.textContent = fresh?.parentElement?.querySelector('.count')?.textContent ?? '(0)';
    }
  };

  const show = (fragment: Document, moveFocus: boolean): void => {
    const part = (name: string): Element | null => fragment.querySelector(`[data-part="${name}"]`);
    status.textContent = part('status')?.textContent ?? '';
    results.innerHTML = part('results')?.innerHTML ?? '';
    pager.innerHTML = part('pagination')?.innerHTML ?? '';
    updateFacetCounts(part('facets'));
    if (moveFocus) heading.focus();
  };

  const run = async (moveFocus: boolean): Promise<void> => {
    controller?.abort();
    controller = new AbortController();
    const params = formParams();
    const query = new URLSearchParams(params);
    if (lang) query.set('lang', lang);
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
