// Mail pages: the administrators' outbox (/admin/mail, with what the embedded mail server received, its links
// clickable so a person running `npm start` can follow a sign-up link) and the unsubscribe confirmation page.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { listOutbox } from '../../commands/mail/listOutbox.js';
import { readUnsubscribeLink, unsubscribe } from '../../commands/mail/unsubscribe.js';
import { AppError } from '../../errors.js';
import type { OutboxMessage, OutboxState } from '../../models/outboxMessage.js';
import type { ReceivedMail } from '../../services/receivedMail.js';
import type { MessageKey } from '../../i18n/translate.js';
import { csrfField, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

/** Plain text with its http(s) addresses as links (everything else escaped). */
function linkedText(text: string): SafeHtml[] {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) => (index % 2 === 1 ? html`<a href="${part}">${part}</a>` : html`${part}`));
}

function outboxTable(page: PageContext, messages: OutboxMessage[]): SafeHtml {
  if (messages.length === 0) return html`<p>${page.t('outbox.empty')}</p>`;
  return html`<table class="table"><thead><tr>
      <th scope="col">${page.t('outbox.created')}</th><th scope="col">${page.t('outbox.to')}</th><th scope="col">${page.t('outbox.subject')}</th>
      <th scope="col">${page.t('outbox.state')}</th><th scope="col">${page.t('outbox.attempts')}</th><th scope="col">${page.t('outbox.lastError')}</th>
    </tr></thead><tbody>${messages.map((message) => html`<tr>
      <td>${page.date(message.createdAt, 'short')}</td><td>${message.to}</td><td>${message.subject}</td>
      <td>${page.t(`outbox.state.${message.state}` as MessageKey)}</td><td>${page.number(message.attempts)}</td>
      <td>${message.failures.at(-1)?.message ?? ''}</td></tr>`)}</tbody></table>`;
}

function receivedList(page: PageContext, received: ReceivedMail[] | null): SafeHtml {
  if (received === null) return html`<p>${page.t('outbox.received.external')}</p>`;
  if (received.length === 0) return html`<p>${page.t('outbox.received.none')}</p>`;
  return html`<p>${page.t('outbox.received.intro')}</p><ul class="plain-list">${received.map((mail) => html`<li><details>
      <summary><strong>${mail.subject}</strong> — ${mail.envelopeTo.join(', ')} · ${page.date(mail.receivedAt, 'short')}</summary>
      <pre class="mail-text">${linkedText(mail.text)}</pre></details></li>`)}</ul>`;
}

function unsubscribePage(page: PageContext, body: SafeHtml): string {
  return renderPage(page, { title: page.t('unsubscribe.title'), noIndex: true, body: html`<section class="narrow"><h1>${page.t('unsubscribe.title')}</h1>${body}</section>` });
}

/** The one-click POST (RFC 8058) comes from a mail client without our cookies: mounted before CSRF, the signed token is its proof. */
export function unsubscribeOneClick(ctx: AppContext): Router {
  const router = Router();
  router.post('/unsubscribe/:token', async (req, res) => {
    await unsubscribe(ctx, req.params.token);
    res.redirect(303, `/unsubscribe/${encodeURIComponent(req.params.token)}?done=1`);
  });
  return router;
}

export function mailPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/admin/mail', async (req, res) => {
    const page = pageContext(req);
    const view = await listOutbox(ctx, req.actor, {});
    res.type('html').send(renderPage(page, {
      title: page.t('outbox.title'),
      noIndex: true,
      body: html`<section class="outbox"><h1>${page.t('outbox.title')}</h1><p>${page.t('outbox.intro')}</p>
        <ul class="inline-list">${(Object.keys(view.counts) as OutboxState[]).map((state) => html`<li>${page.t(`outbox.state.${state}` as MessageKey)}: <strong>${page.number(view.counts[state])}</strong></li>`)}</ul>
        ${outboxTable(page, view.messages)}
        <h2>${page.t('outbox.received.title')}</h2>${receivedList(page, view.received)}</section>`,
    }));
  });

  router.get('/unsubscribe/:token', async (req, res) => {
    const page = pageContext(req);
    try {
      const { user, topic } = await readUnsubscribeLink(ctx, req.params.token);
      const kind = page.t(`notify.kind.${topic}` as MessageKey);
      const body = req.query.done === '1'
        ? statusMessage(page.t('unsubscribe.done', { kind }))
        : html`<p>${page.t('unsubscribe.confirm', { kind, email: user.email })}</p>
          <form method="post" action="/unsubscribe/${encodeURIComponent(req.params.token)}">${csrfField(page)}<button type="submit" class="button primary">${page.t('unsubscribe.submit')}</button></form>`;
      res.type('html').send(unsubscribePage(page, body));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'invalid_unsubscribe_link') throw error;
      res.status(400).type('html').send(unsubscribePage(page, html`<p class="error-summary" role="alert">${page.t('unsubscribe.invalid')}</p>`));
    }
  });
  return router;
}
