// Notification groups, follows, bookmarks and saved searches as they leave the server; the text is written in the reader's language.
import type { BookmarkedItem } from '../commands/notifications/bookmarks.js';
import type { NotificationGroup } from '../commands/notifications/notificationCentre.js';
import { savedSearchPath } from '../commands/notifications/savedSearches.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import type { Follow } from '../models/follow.js';
import type { SavedSearch } from '../models/savedSearch.js';
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

export function presentSavedSearch(saved: SavedSearch) {
  return {
    id: String(saved._id),
    name: saved.name,
    query: { q: saved.query.q, type: saved.query.types, ...saved.query.filters },
    path: savedSearchPath(saved.query),
    alerts: saved.alerts,
    createdAt: saved.createdAt.toISOString(),
  };
}
