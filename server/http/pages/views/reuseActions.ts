// The "use and share" panel of a published practice: PDF download in the shown language, a print hint, "cite this"
// (text, BibTeX, CSL-JSON), share links and the licence it may be reused under.
import type { Citation } from '../../../presenters/citation.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

export interface ReuseTarget {
  readonly title: string;
  readonly url: string;
  readonly pdfPath: string;
  readonly languageName: string;
  readonly licence: { readonly label: string; readonly url: string | null };
  readonly citation: Citation;
}

function shareLinks(page: PageContext, target: ReuseTarget): SafeHtml {
  const url = encodeURIComponent(target.url);
  const mail = `mailto:?subject=${encodeURIComponent(target.title)}&body=${encodeURIComponent(`${target.title}\n${target.url}`)}`;
  return html`<ul class="share-links">
    <li><a href="${mail}">${page.t('reuse.share.email')}</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=${url}" rel="noopener noreferrer" target="_blank">LinkedIn</a></li>
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=${url}" rel="noopener noreferrer" target="_blank">Facebook</a></li>
  </ul>
  <label for="share-url">${page.t('reuse.share.link')}</label>
  <input id="share-url" type="url" readonly value="${target.url}">`;
}

export function reuseActions(page: PageContext, target: ReuseTarget): SafeHtml {
  const { citation } = target;
  return html`<section class="reuse no-print" aria-labelledby="reuse-heading">
    <h2 id="reuse-heading">${page.t('reuse.heading')}</h2>
    <div class="reuse-grid">
      <div>
        <h3>${page.t('reuse.download')}</h3>
        <p><a class="button" href="${target.pdfPath}" type="application/pdf" download>${page.t('reuse.pdf', { language: target.languageName })}</a></p>
        <p class="hint">${page.t('reuse.print')}</p>
      </div>
      <div>
        <h3>${page.t('reuse.share')}</h3>
        ${shareLinks(page, target)}
      </div>
    </div>
    <p>${page.t('reuse.licence', { licence: target.licence.label })}${target.licence.url ? html` <a rel="license" href="${target.licence.url}">${target.licence.url}</a>` : ''}</p>
    <details class="cite">
      <summary>${page.t('reuse.cite')}</summary>
      <h3 id="cite-plain">${page.t('reuse.cite.plain')}</h3>
      <pre aria-labelledby="cite-plain" tabindex="0">${citation.plain}</pre>
      <h3 id="cite-bibtex">${page.t('reuse.cite.bibtex')}</h3>
      <pre aria-labelledby="cite-bibtex" tabindex="0">${citation.bibtex}</pre>
      <h3 id="cite-csl">${page.t('reuse.cite.csl')}</h3>
      <pre aria-labelledby="cite-csl" tabindex="0">${citation.cslJson}</pre>
    </details>
  </section>`;
}
