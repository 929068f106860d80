// Renders one e-mail from catalogue keys in the recipient's language: a subject, a plain-text part and a small
// HTML part (every value escaped), with an action link and, for notifications, the unsubscribe footer.
import { escapeHtml } from '../http/pages/html.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { t, type MessageKey } from '../i18n/translate.js';

export interface MailContent {
  readonly locale: InterfaceLocale;
  readonly recipientName: string;
  readonly subject: MessageKey;
  readonly paragraphs: readonly MessageKey[];
  readonly params: Readonly<Record<string, string | number>>;
  /** Free lines after the paragraphs (e.g. the items of a digest), each with an optional link. */
  readonly items?: ReadonlyArray<{ readonly text: string; readonly url?: string }>;
  readonly action?: { readonly label: MessageKey; readonly url: string };
  /** Ends with "if you did not ask for this…" (account mails). */
  readonly ignoreNotice?: boolean;
  readonly unsubscribeUrl?: string;
}

/** What the outbox stores: everything but the recipient's unsubscribe link, which is signed when the mail is sent. */
export type QueuedMailContent = Omit<MailContent, 'unsubscribeUrl'>;

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const paragraphHtml = (text: string): string => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
const linkHtml = (url: string, label: string): string => `<a href="${escapeHtml(url)}" style="color:#0b5cad">${escapeHtml(label)}</a>`;

export function renderMail(content: MailContent): RenderedMail {
  const say = (key: MessageKey, extra: Record<string, string | number> = {}): string => t(content.locale, key, { ...content.params, ...extra });
  const greeting = say('mail.greeting', { name: content.recipientName });
  const paragraphs = content.paragraphs.map((key) => say(key));
  const items = content.items ?? [];
  const action = content.action ? { label: say(content.action.label), url: content.action.url } : null;
  const closing = [...(content.ignoreNotice ? [say('mail.ignore')] : []), say('mail.signature')];
  const footer = content.unsubscribeUrl ? say('mail.footer.unsubscribe', { url: content.unsubscribeUrl }) : null;

  const text = [
    greeting,
    ...paragraphs,
    ...(items.length > 0 ? [items.map((item) => `- ${item.text}${item.url ? `\n  ${item.url}` : ''}`).join('\n')] : []),
    ...(action ? [`${action.label}: ${action.url}`] : []),
    ...closing,
    ...(footer ? [`--\n${footer}`] : []),
  ].join('\n\n');

  const html = [
    `<!doctype html><html lang="${content.locale}"><head><meta charset="utf-8"><title>${escapeHtml(say(content.subject))}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px">',
    paragraphHtml(greeting),
    ...paragraphs.map(paragraphHtml),
    ...(items.length > 0 ? [`<ul>${items.map((item) => `<li>${item.url ? linkHtml(item.url, item.text) : escapeHtml(item.text)}</li>`).join('')}</ul>`] : []),
    ...(action ? [`<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0b5cad;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>`] : []),
    ...closing.map(paragraphHtml),
    ...(content.unsubscribeUrl ? [`<hr><p style="font-size:14px;color:#555">${linkHtml(content.unsubscribeUrl, say('unsubscribe.title'))}</p>`] : []),
    '</body></html>',
  ].join('');
  return { subject: say(content.subject), text, html };
}
