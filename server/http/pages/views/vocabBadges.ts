// Controlled-vocabulary values as readable labels in the interface language: badges, comma lists, and lookups.
import { termLabel, type VocabularyId } from '../../../vocab/index.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

export function label(page: PageContext, vocab: VocabularyId, id: string | null | undefined): string {
  return id ? termLabel(vocab, id, page.locale) : '';
}

export function labelList(page: PageContext, vocab: VocabularyId, ids: readonly string[] | null | undefined): string {
  return (ids ?? []).map((id) => termLabel(vocab, id, page.locale)).join(', ');
}

/** Framework competences (DigCompEdu 2.1 …) as badges showing the code and its name. */
export function competenceBadges(page: PageContext, vocab: 'digCompEdu' | 'digComp' | 'selfieAreas', ids: readonly string[] | null | undefined): SafeHtml {
  if (!ids?.length) return html``;
  return html`<ul class="badges badges-${vocab}">${ids.map(
    (id) => html`<li class="badge">${vocab === 'selfieAreas' ? '' : html`<span class="badge-code">${id}</span> `}${termLabel(vocab, id, page.locale)}</li>`,
  )}</ul>`;
}

/** Plain badges (evidence level, practice type) with a modifier class per value for colour. */
export function termBadge(page: PageContext, vocab: VocabularyId, id: string | null | undefined): SafeHtml {
  return id ? html`<span class="badge badge-${vocab} badge-${vocab}-${id}">${termLabel(vocab, id, page.locale)}</span>` : html``;
}
