// What a notification says, in the reader's language: one sentence per kind (also its e-mail's subject), and for a
// group the sentence of its newest event with "and N more".
import type { NotificationGroup } from '../commands/notifications/notificationCentre.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { t, type MessageKey } from '../i18n/translate.js';
import type { NotificationKind } from '../vocab/notificationKinds.js';

export const notificationText = (kind: NotificationKind): MessageKey => `notify.text.${kind}` as MessageKey;

/** What a notification's detail names: a practice's workflow state, or what moderators did with a report. */
const detailKey = (kind: NotificationKind, detail: string): MessageKey =>
  (kind === 'reportOutcome' ? `review.outcome.${detail}` : `practiceState.${detail}`) as MessageKey;

/** The values a notification's text names, in the reader's language. */
export function notificationParams(locale: InterfaceLocale, item: { readonly kind: NotificationKind; readonly actorName: string; readonly title: string; readonly detail?: string }): Record<string, string> {
  return { actor: item.actorName, title: item.title, state: item.detail ? t(locale, detailKey(item.kind, item.detail)) : '' };
}

export function notificationSentence(locale: InterfaceLocale, group: NotificationGroup): string {
  const text = t(locale, notificationText(group.kind), notificationParams(locale, { kind: group.kind, actorName: group.actorNames[0] ?? '', title: group.title, detail: group.detail }));
  return group.count > 1 ? `${text} ${t(locale, 'notify.more', { count: group.count - 1 })}` : text;
}
