// A practice in a list: title (in the reader's language where it exists), summary excerpt, place, type and badges.
import type { PracticeCard } from '../../../commands/practices/browsePractices.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { chooseText } from './practiceText.js';
import { label, termBadge } from './vocabBadges.js';
import { cardTitle, type CardHeadingLevel } from './cardTitle.js';

export type PracticeCardData = Omit<PracticeCard, '_id'>;

export function practiceCard(page: PageContext, practice: PracticeCardData, headingLevel: CardHeadingLevel = 3): SafeHtml {
  const { language, text } = chooseText(practice, page.locale);
  const title = text.title ?? practice.slug;
  const link = html`<a href="/practices/${encodeURIComponent(practice.slug)}">${title}</a>`;
  const place = [label(page, 'countries', practice.country), practice.region].filter(Boolean).join(', ');
  return html`<article class="card card-practice" lang="${language}">
    ${cardTitle(headingLevel, link)}
    <p class="card-meta" lang="${page.locale}">${[place, label(page, 'practiceTypes', practice.practiceType), label(page, 'sectors', practice.sector)].filter(Boolean).join(' · ')}</p>
    ${text.excerpt ? html`<p class="card-excerpt">${text.excerpt}</p>` : ''}
    <p class="card-badges" lang="${page.locale}">${termBadge(page, 'evidenceLevels', practice.evidenceLevel)}${
      practice.publishedAt ? html` <time datetime="${practice.publishedAt.toISOString()}">${page.date(practice.publishedAt)}</time>` : ''
    }</p>
  </article>`;
}

export function practiceCardList(page: PageContext, practices: readonly PracticeCardData[], headingLevel: CardHeadingLevel = 3): SafeHtml {
  return html`<ul class="card-list">${practices.map((practice) => html`<li>${practiceCard(page, practice, headingLevel)}</li>`)}</ul>`;
}
