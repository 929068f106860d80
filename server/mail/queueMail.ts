// Puts e-mails in the outbox (rendered now, in the recipient's language) and wakes the delivery worker; writers
// never wait for SMTP. Notification mails carry RFC 8058 one-click unsubscribe headers with a signed link. Mails
// that differ only in their recipient (a fan-out) are rendered once per language and personalised by substitution.
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { insertNew } from '../commands/shared/bulkStore.js';
import type { AppContext } from '../context.js';
import { escapeHtml } from '../http/pages/html.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { renderMail, type MailContent, type RenderedMail } from './renderMail.js';
import { unsubscribeUrl, type UnsubscribeTopic } from './unsubscribeLinks.js';

export interface MailToSend {
  readonly to: string;
  readonly userId?: string;
  readonly kind: string;
  readonly content: Omit<MailContent, 'unsubscribeUrl'> & { readonly locale: InterfaceLocale };
  /** For notifications: the topic its unsubscribe link turns off. */
  readonly unsubscribe?: UnsubscribeTopic;
  /** Chosen by the caller when a retried step must write the same entry (it is then stored once). */
  readonly id?: Types.ObjectId;
}

const marks = { name: `@@name-${randomBytes(6).toString('hex')}@@`, link: `@@link-${randomBytes(6).toString('hex')}@@` };

/** Renders each distinct content once (the recipient's name and link as marks), then fills in each recipient. */
function mailRenderer(): (content: MailContent) => RenderedMail {
  const rendered = new Map<string, RenderedMail>();
  return (content) => {
    const key = JSON.stringify({ ...content, recipientName: '', unsubscribeUrl: content.unsubscribeUrl ? '' : null });
    let template = rendered.get(key);
    if (!template) {
      template = renderMail({ ...content, recipientName: marks.name, unsubscribeUrl: content.unsubscribeUrl ? marks.link : undefined });
      rendered.set(key, template);
    }
    const fill = (text: string, escape: (value: string) => string): string =>
      text.replaceAll(marks.name, escape(content.recipientName)).replaceAll(marks.link, escape(content.unsubscribeUrl ?? ''));
    const raw = (value: string): string => value;
    return { subject: fill(template.subject, raw), text: fill(template.text, raw), html: fill(template.html, escapeHtml) };
  };
}

function outboxEntry(ctx: AppContext, mail: MailToSend, render: (content: MailContent) => RenderedMail) {
  const headers: Record<string, string> = {};
  let link: string | undefined;
  if (mail.unsubscribe && mail.userId) {
    link = unsubscribeUrl(ctx.config, mail.userId, mail.unsubscribe);
    headers['List-Unsubscribe'] = `<${link}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const rendered = render({ ...mail.content, unsubscribeUrl: link });
  const now = new Date();
  return {
    _id: mail.id ?? new Types.ObjectId(),
    to: mail.to,
    ...(mail.userId ? { userId: new Types.ObjectId(mail.userId) } : {}),
    kind: mail.kind,
    locale: mail.content.locale,
    headers,
    ...rendered,
    state: 'queued' as const,
    attempts: 0,
    nextAttemptAt: now,
    failures: [],
    createdAt: now,
  };
}

export async function queueMails(ctx: AppContext, mails: readonly MailToSend[]): Promise<void> {
  if (mails.length === 0) return;
  const render = mailRenderer();
  // Every field is set by outboxEntry, so a large batch (a fan-out, the digests) skips per-document casting.
  await insertNew(ctx.models.OutboxMessage, mails.map((mail) => outboxEntry(ctx, mail, render)));
  ctx.events.emit('mail.queued');
}

export const queueMail = (ctx: AppContext, mail: MailToSend): Promise<void> => queueMails(ctx, [mail]);
