// Puts e-mails in the outbox and wakes the delivery worker; writers never wait for SMTP. An entry holds what the
// mail says (catalogue keys and values in the recipient's language) and its subject, not its rendering: a fan-out
// to thousands stores small entries, and each mail is rendered when it is sent (renderOutboxMessage), notification
// mails with RFC 8058 one-click unsubscribe headers and a signed link.
import { Types } from 'mongoose';
import { insertNew } from '../commands/shared/bulkStore.js';
import type { Config } from '../config.js';
import type { AppContext } from '../context.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { t } from '../i18n/translate.js';
import type { OutboxMessage } from '../models/outboxMessage.js';
import { renderMail, type QueuedMailContent, type RenderedMail } from './renderMail.js';
import { unsubscribeUrl, type UnsubscribeTopic } from './unsubscribeLinks.js';

export interface MailToSend {
  readonly to: string;
  readonly userId?: string;
  readonly kind: string;
  readonly content: QueuedMailContent & { readonly locale: InterfaceLocale };
  /** For notifications: the topic its unsubscribe link turns off. */
  readonly unsubscribe?: UnsubscribeTopic;
  /** Chosen by the caller when a retried step must write the same entry (it is then stored once). */
  readonly id?: Types.ObjectId;
}

function outboxEntry(mail: MailToSend, now: Date) {
  const { content } = mail;
  return {
    _id: mail.id ?? new Types.ObjectId(),
    to: mail.to,
    ...(mail.userId ? { userId: new Types.ObjectId(mail.userId) } : {}),
    kind: mail.kind,
    locale: content.locale,
    subject: t(content.locale, content.subject, content.params),
    content,
    ...(mail.unsubscribe && mail.userId ? { unsubscribe: mail.unsubscribe } : {}),
    state: 'queued' as const,
    attempts: 0,
    nextAttemptAt: now,
    failures: [],
    createdAt: now,
  };
}

export async function queueMails(ctx: AppContext, mails: readonly MailToSend[]): Promise<void> {
  if (mails.length === 0) return;
  const now = new Date();
  // Every field is set by outboxEntry, so a large batch (a fan-out, the digests) skips per-document casting.
  await insertNew(ctx.models.OutboxMessage, mails.map((mail) => outboxEntry(mail, now)));
  ctx.events.emit('mail.queued');
}

export const queueMail = (ctx: AppContext, mail: MailToSend): Promise<void> => queueMails(ctx, [mail]);

/** The mail an outbox entry sends: rendered now in its language, with a freshly signed unsubscribe link. */
export function renderOutboxMessage(config: Config, message: OutboxMessage): RenderedMail & { readonly headers: Record<string, string> } {
  if (!message.content) return { subject: message.subject, text: message.text ?? '', html: message.html ?? '', headers: message.headers ?? {} };
  const link = message.unsubscribe && message.userId ? unsubscribeUrl(config, String(message.userId), message.unsubscribe as UnsubscribeTopic) : undefined;
  const headers: Record<string, string> = link ? { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
  return { ...renderMail({ ...message.content, unsubscribeUrl: link }), headers };
}
