// Previous/next and numbered page links for a list, keeping the current query string (filters, search terms).
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

export interface ListPage {
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
}

/** The URL of the same list at another offset, other query parameters unchanged. */
export function withOffset(url: string, offset: number): string {
  const [pathPart = '/', query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  if (offset > 0) params.set('offset', String(offset));
  else params.delete('offset');
  const rest = params.toString();
  return rest ? `${pathPart}?${rest}` : pathPart;
}

export function pagination(page: PageContext, list: ListPage): SafeHtml {
  const pages = Math.ceil(list.total / list.limit);
  if (pages <= 1) return html``;
  const current = Math.floor(list.offset / list.limit);
  const shown = [...new Set([0, current - 2, current - 1, current, current + 1, current + 2, pages - 1])]
    .filter((n) => n >= 0 && n < pages)
    .sort((a, b) => a - b);
  const link = (n: number) =>
    n === current
      ? html`<li><a href="${withOffset(page.url, n * list.limit)}" aria-current="page">${page.number(n + 1)}</a></li>`
      : html`<li><a href="${withOffset(page.url, n * list.limit)}">${page.number(n + 1)}</a></li>`;
  let previous = -1;
  const items = shown.map((n) => {
    const gap = n - previous > 1 ? html`<li class="gap" aria-hidden="true">…</li>` : '';
    previous = n;
    return html`${gap}${link(n)}`;
  });
  return html`<nav class="pagination" aria-label="${page.t('list.pagination')}"><ul>
    ${current > 0 ? html`<li><a rel="prev" href="${withOffset(page.url, (current - 1) * list.limit)}">${page.t('list.previous')}</a></li>` : ''}
    ${items}
    ${current < pages - 1 ? html`<li><a rel="next" href="${withOffset(page.url, (current + 1) * list.limit)}">${page.t('list.next')}</a></li>` : ''}
  </ul></nav>`;
}

/** "Showing 21–40 of 132". */
export function resultRange(page: PageContext, list: ListPage): string {
  if (list.total === 0) return page.t('list.empty');
  return page.t('list.range', {
    from: page.number(list.offset + 1),
    to: page.number(Math.min(list.offset + list.limit, list.total)),
    total: page.number(list.total),
  });
}
