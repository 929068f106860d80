// Puts e-mails in the outbox (rendered now, in the recipient's language) and wakes the delivery worker; writers
// never wait for SMTP. Notification mails carry RFC 8058 one-click unsubscribe headers with a signed link.
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { renderMail, type MailContent } from './renderMail.js';
import { unsubscribeUrl, type UnsubscribeTopic } from './unsubscribeLinks.js';

export interface MailToSend {
  readonly to: string;
  readonly userId?: string;
  readonly kind: string;
  readonly content: Omit<MailContent, 'unsubscribeUrl'> & { readonly locale: InterfaceLocale };
  /** For notifications: the topic its unsubscribe link turns off. */
  readonly unsubscribe?: UnsubscribeTopic;
}

function outboxEntry(ctx: AppContext, mail: MailToSend) {
  const headers: Record<string, string> = {};
  let link: string | undefined;
  if (mail.unsubscribe && mail.userId) {
    link = unsubscribeUrl(ctx.config, mail.userId, mail.unsubscribe);
    headers['List-Unsubscribe'] = `<${link}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const rendered = renderMail({ ...mail.content, unsubscribeUrl: link });
  const now = new Date();
  return {
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
  // Every field is set by outboxEntry, so a large batch (a fan-out, the digests) skips per-document casting.
  await ctx.models.OutboxMessage.insertMany(mails.map((mail) => outboxEntry(ctx, mail)), { ordered: false, lean: true });
  ctx.events.emit('mail.queued');
}

export const queueMail = (ctx: AppContext, mail: MailToSend): Promise<void> => queueMails(ctx, [mail]);
