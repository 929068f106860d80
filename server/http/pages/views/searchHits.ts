// Search results as HTML: highlighted title and snippet (already escaped by the search presenter, only <mark>
// added), the kind of item, and where it is from. The search island renders the same markup in the browser.
import type { MessageKey } from '../../../i18n/translate.js';
import { planStatuses } from '../../../commands/plans/schemas.js';
import type { SearchHitView } from '../../../presenters/searchPresenter.js';
import { html, raw, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

export function hitUrl(hit: SearchHitView): string | null {
  if (hit.url) return hit.url;
  return hit.type === 'post' && hit.threadId ? `/threads/${hit.threadId}#post-${hit.id}` : null;
}

const typeKeys = { practice: 'search.type.practice', resource: 'search.type.resource', post: 'search.type.post', plan: 'search.type.plan' } as const satisfies Record<SearchHitView['type'], MessageKey>;

export const isHitType = (value: string): value is SearchHitView['type'] => value in typeKeys;

export function typeLabel(page: PageContext, type: SearchHitView['type']): string {
  return page.t(typeKeys[type]);
}

/** A plan status's name in the reader's language (anything else as it is). */
export const planStatusLabel = (page: PageContext, status: string | null): string =>
  status && (planStatuses as readonly string[]).includes(status) ? page.t(`plans.status.${status}` as MessageKey) : (status ?? '');

function hitMeta(page: PageContext, hit: SearchHitView): string {
  return [
    hit.organisationName ?? '',
    label(page, 'ownerTypes', hit.ownerType),
    planStatusLabel(page, hit.planStatus),
    label(page, 'countries', hit.country),
    label(page, 'practiceTypes', hit.practiceType),
    label(page, 'resourceKinds', hit.kind),
    label(page, 'evidenceLevels', hit.evidenceLevel),
    hit.publishedAt ? page.date(hit.publishedAt) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function searchHit(page: PageContext, hit: SearchHitView): SafeHtml {
  const url = hitUrl(hit);
  const title = raw(hit.titleHtml || html`${hit.title}`.value);
  const meta = hitMeta(page, hit);
  return html`<article class="card search-hit">
    <p class="hit-type">${typeLabel(page, hit.type)}</p>
    <h3 class="card-title" lang="${hit.language}">${url ? html`<a href="${url}">${title}</a>` : title}</h3>
    ${meta ? html`<p class="card-meta">${meta}</p>` : ''}
    ${hit.snippetHtml ? html`<p class="card-excerpt" lang="${hit.language}">${raw(hit.snippetHtml)}</p>` : ''}
  </article>`;
}

export function searchHitList(page: PageContext, hits: readonly SearchHitView[]): SafeHtml {
  return html`<ul class="card-list">${hits.map((hit) => html`<li>${searchHit(page, hit)}</li>`)}</ul>`;
}
