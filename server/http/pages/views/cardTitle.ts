// The heading of a card in a list, at the level the surrounding page needs (h4 inside a collection's section).
import { html, type SafeHtml } from '../html.js';

export type CardHeadingLevel = 2 | 3 | 4;

export function cardTitle(level: CardHeadingLevel, link: SafeHtml): SafeHtml {
  if (level === 2) return html`<h2 class="card-title">${link}</h2>`;
  if (level === 3) return html`<h3 class="card-title">${link}</h3>`;
  return html`<h4 class="card-title">${link}</h4>`;
}
