// Renders /api/search results in the browser with the same markup as the server's search page
// (server/http/pages/views/searchHits.ts): highlighted title and snippet, item kind, link.
import { escapeHtml } from './escape.js';

export interface SearchHit {
  type: 'practice' | 'resource' | 'post';
  id: string;
  url: string | null;
  threadId: string | null;
  language: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  publishedAt: string | null;
}

export interface SearchResponse {
  data: SearchHit[];
  page: { offset: number; limit: number; total: number };
  facets: Record<string, Record<string, number>>;
}

export interface SearchLabels {
  practice: string;
  resource: string;
  post: string;
}

function hitUrl(hit: SearchHit): string | null {
  if (hit.url) return hit.url;
  return hit.type === 'post' && hit.threadId ? `/threads/${encodeURIComponent(hit.threadId)}#post-${encodeURIComponent(hit.id)}` : null;
}

function renderHit(hit: SearchHit, labels: SearchLabels, dateFormat: Intl.DateTimeFormat): string {
  const url = hitUrl(hit);
  const lang = escapeHtml(hit.language);
  const title = hit.titleHtml || escapeHtml(hit.title);
  const date = hit.publishedAt ? `<p class="card-meta">${escapeHtml(dateFormat.format(new Date(hit.publishedAt)))}</p>` : '';
  return `<li><article class="card search-hit">
    <p class="hit-type">${escapeHtml(labels[hit.type])}</p>
    <h3 class="card-title" lang="${lang}">${url ? `<a href="${escapeHtml(url)}">${title}</a>` : title}</h3>
    ${date}
    ${hit.snippetHtml ? `<p class="card-excerpt" lang="${lang}">${hit.snippetHtml}</p>` : ''}
  </article></li>`;
}

export function renderHits(hits: readonly SearchHit[], labels: SearchLabels, locale: string): string {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  return `<ul class="card-list">${hits.map((hit) => renderHit(hit, labels, dateFormat)).join('')}</ul>`;
}
