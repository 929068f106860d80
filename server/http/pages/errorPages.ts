// HTML answers for errors on page routes (the API answers JSON): 404, "the database is unavailable", a generic error
// page, and for a form whose token expired or whose session ended, a page that keeps what was typed (keptFormPage.ts).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toAppError } from '../middleware/errors.js';
import { html } from './html.js';
import { canKeepForm, renderKeptForm } from './keptFormPage.js';
import { renderPage } from './layout.js';
import { pageContext } from './pageContext.js';

const ERROR_TEXTS = {
  notFound: { title: 'error.notFound.title', body: 'error.notFound.body' },
  unavailable: { title: 'error.unavailable.title', body: 'error.unavailable.body' },
  generic: { title: 'error.generic.title', body: 'error.generic.body' },
} as const;

function renderError(req: Parameters<RequestHandler>[0], status: number): string {
  const page = pageContext(req);
  const texts = ERROR_TEXTS[status === 404 ? 'notFound' : status === 503 ? 'unavailable' : 'generic'];
  const title = page.t(texts.title);
  return renderPage(page, {
    title,
    noIndex: true,
    body: html`<section class="error-page"><h1>${title}</h1><p>${page.t(texts.body)}</p><p><a href="/">${page.t('error.backHome')}</a></p></section>`,
  });
}

export const pageNotFound: RequestHandler = (req, res) => {
  res.status(404).type('html').send(renderError(req, 404));
};

/** Errors on page routes become an HTML page; API errors pass on to the JSON error handler. */
export const pageErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (req.path.startsWith('/api/') || res.headersSent || !req.accepts('html')) return next(error);
  const known = toAppError(error);
  const status = known?.status ?? 500;
  const expired = known?.code === 'csrf_failed';
  if ((expired || status === 401) && canKeepForm(req)) {
    res.status(status).type('html').send(renderKeptForm(req, expired ? 'expired' : 'signedOut'));
    return;
  }
  if (status === 401) {
    res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  if (status >= 500) req.log?.error({ err: error, reqId: req.id }, 'page error');
  res.status(status).type('html').send(renderError(req, status));
};
