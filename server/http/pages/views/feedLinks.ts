// Links to what a list page can be followed or exported as: <link rel="alternate"> feeds for the <head> (RSS and
// Atom, narrowed to the one sector or language being browsed), and visible feed and CSV/JSON export links.
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

/** The feed query for a browse: a single chosen sector or language narrows the feed; anything else follows all. */
export function feedQuery(filters: { sector?: readonly string[]; language?: readonly string[] }): string {
  const params = new URLSearchParams();
  if (filters.sector?.length === 1 && filters.sector[0]) params.set('sector', filters.sector[0]);
  if (filters.language?.length === 1 && filters.language[0]) params.set('language', filters.language[0]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function feedHeadLinks(page: PageContext, query = ''): SafeHtml {
  return html`<link rel="alternate" type="application/rss+xml" title="${page.t('reuse.feed.rss')}" href="/feeds/practices.rss${query}">
<link rel="alternate" type="application/atom+xml" title="${page.t('reuse.feed.atom')}" href="/feeds/practices.atom${query}">`;
}

export function feedAndExportLinks(page: PageContext, options: { feedQuery?: string; exportPath?: string }): SafeHtml {
  const feeds = options.feedQuery === undefined ? '' : html`<p class="feed-links"><span>${page.t('reuse.feeds')}:</span>
      <a href="/feeds/practices.rss${options.feedQuery}" type="application/rss+xml">RSS</a>
      <a href="/feeds/practices.atom${options.feedQuery}" type="application/atom+xml">Atom</a></p>`;
  const [path = '', query = ''] = (options.exportPath ?? '').split('?');
  const suffix = query ? `?${query}` : '';
  const exports = options.exportPath === undefined ? '' : html`<p class="export-links"><span>${page.t('reuse.export')}:</span>
      <a href="${path}.csv${suffix}" type="text/csv" download>${page.t('reuse.export.csv')}</a>
      <a href="${path}.json${suffix}" type="application/json" download>${page.t('reuse.export.json')}</a></p>`;
  return html`<div class="reuse-links no-print">${feeds}${exports}</div>`;
}
