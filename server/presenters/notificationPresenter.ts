// Notification groups, follows and preferences as they leave the server; the text is written in the reader's language.
import type { BookmarkedItem } from '../commands/notifications/bookmarks.js';
import type { NotificationGroup } from '../commands/notifications/notificationCentre.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import type { Follow } from '../models/follow.js';
import { notificationSentence } from '../notifications/notificationText.js';

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

export function presentBookmark(item: BookmarkedItem) {
  return { targetType: item.targetType, targetId: item.targetId, title: item.title, path: item.path, savedAt: item.savedAt.toISOString() };
}
