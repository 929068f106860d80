// When a form cannot be accepted because its CSRF token expired or the session ended, this page answers instead of
// "Something went wrong": it says what happened in the reader's language, shows the text that was sent so nothing
// is lost, and sends the same fields again with a fresh token (after signing in again in another tab, if needed).
import type { Request } from 'express';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { pageContext } from './pageContext.js';

export type KeptFormReason = 'expired' | 'signedOut';

/** The posted fields as name/value pairs, without the stale token; repeated fields keep each value. */
export function postedFields(body: unknown): [string, string][] {
  if (!body || typeof body !== 'object') return [];
  return Object.entries(body as Record<string, unknown>).flatMap(([name, value]): [string, string][] => {
    if (name === '_csrf') return [];
    const values = Array.isArray(value) ? value : [value];
    return values.filter((item): item is string => typeof item === 'string').map((item) => [name, item]);
  });
}

/** Only a form post to a page of our own can be sent again; anything else gets the ordinary error page. */
export function canKeepForm(req: Request): boolean {
  return req.method === 'POST' && req.is('application/x-www-form-urlencoded') !== false && postedFields(req.body).length > 0 && req.originalUrl.startsWith('/');
}

export function renderKeptForm(req: Request, reason: KeptFormReason): string {
  const page = pageContext(req);
  const fields = postedFields(req.body);
  const title = page.t(reason === 'expired' ? 'keptForm.expired.title' : 'keptForm.signedOut.title');
  const texts = fields.filter(([, value]) => value.trim().length >= 3);
  const body = html`<section class="error-page kept-form" aria-labelledby="kept-form-title">
    <h1 id="kept-form-title">${title}</h1>
    <p>${page.t(reason === 'expired' ? 'keptForm.expired.body' : 'keptForm.signedOut.body')}</p>
    ${reason === 'signedOut' ? html`<p><a href="/sign-in" target="_blank" rel="noopener">${page.t('keptForm.signInTab')}</a></p>` : ''}
    <form method="post" action="${req.originalUrl}">
      <input type="hidden" name="_csrf" value="${page.csrfToken}">
      ${fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
      <div class="form-actions"><button type="submit">${page.t('keptForm.sendAgain')}</button></div>
    </form>
    ${texts.length ? html`<section class="kept-text" aria-labelledby="kept-heading"><h2 id="kept-heading">${page.t('keptForm.yourText')}</h2>
      <p class="hint">${page.t('keptForm.copyHint')}</p>
      ${texts.map(([, value]) => html`<pre tabindex="0">${value}</pre>`)}</section>` : ''}
  </section>`;
  return renderPage(page, { title, body, noIndex: true });
}
