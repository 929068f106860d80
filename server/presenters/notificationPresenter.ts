// Notification groups, follows and preferences as they leave the server; the text is written in the reader's language.
import type { NotificationGroup } from '../commands/notifications/notificationCentre.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { t } from '../i18n/translate.js';
import type { Follow } from '../models/follow.js';
import { notificationParams, notificationText } from '../notifications/deliverNotifications.js';

export function notificationSentence(locale: InterfaceLocale, group: NotificationGroup): string {
  const text = t(locale, notificationText(group.kind), notificationParams(locale, { actorName: group.actorNames[0] ?? '', title: group.title, detail: group.detail }));
  return group.count > 1 ? `${text} ${t(locale, 'notify.more', { count: group.count - 1 })}` : text;
}

export function presentNotificationGroup(locale: InterfaceLocale, group: NotificationGroup) {
  return {
    id: group.latestId,
    groupKey: group.groupKey,
    kind: group.kind,
    text: notificationSentence(locale, group),
    title: group.title,
    path: group.path,
    count: group.count,
    unread: group.unread,
    actorNames: group.actorNames,
    latestAt: group.latestAt.toISOString(),
  };
}

export function presentFollow(follow: Follow) {
  return { targetType: follow.targetType, targetId: follow.targetId, auto: follow.auto, createdAt: follow.createdAt.toISOString() };
}
