// A resource in a list: title in its own language, kind, language, licence and excerpt.
import type { Resource } from '../../../models/resource.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';
import { cardTitle, type CardHeadingLevel } from './cardTitle.js';

export type ResourceCardData = Pick<Resource, 'slug' | 'title' | 'language' | 'kind' | 'licence' | 'excerpt' | 'publishedAt'>;

export function resourceCard(page: PageContext, resource: ResourceCardData, headingLevel: CardHeadingLevel = 3): SafeHtml {
  const link = html`<a href="/resources/${encodeURIComponent(resource.slug)}" lang="${resource.language}">${resource.title}</a>`;
  return html`<article class="card card-resource">
    ${cardTitle(headingLevel, link)}
    <p class="card-meta">${[label(page, 'resourceKinds', resource.kind), label(page, 'languages', resource.language), label(page, 'licences', resource.licence)].filter(Boolean).join(' · ')}</p>
    ${resource.excerpt ? html`<p class="card-excerpt" lang="${resource.language}">${resource.excerpt}</p>` : ''}
  </article>`;
}

export function resourceCardList(page: PageContext, resources: readonly ResourceCardData[], headingLevel: CardHeadingLevel = 3): SafeHtml {
  return html`<ul class="card-list">${resources.map((resource) => html`<li>${resourceCard(page, resource, headingLevel)}</li>`)}</ul>`;
}
