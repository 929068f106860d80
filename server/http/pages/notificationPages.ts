// Notification pages: the notification centre (/notifications, grouped, unread first, mark read), opening one,
// notification settings (/me/notifications), what one follows (/me/follows) and the follow form every followable
// page posts to; plus the unread count every page's header shows.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { addBookmark, listBookmarks, removeBookmark, type BookmarkedItem } from '../../commands/notifications/bookmarks.js';
import { follow, listFollows, unfollow } from '../../commands/notifications/follows.js';
import { listNotifications, markNotificationsRead, openNotification, type NotificationGroup } from '../../commands/notifications/notificationCentre.js';
import { getPreferences, updatePreferences } from '../../commands/notifications/preferences.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Follow } from '../../models/follow.js';
import { notificationSentence } from '../../notifications/notificationText.js';
import { followTargetTypes } from '../../vocab/followTargets.js';
import { deliveryChoices, notificationKinds } from '../../vocab/notificationKinds.js';
import { csrfField, pickFields, safeNextPath, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

function groupItem(page: PageContext, group: NotificationGroup): SafeHtml {
  return html`<li class="notification${group.unread ? ' unread' : ''}">
    <a href="/notifications/${group.latestId}/open">${notificationSentence(page.locale, group)}</a>
    <time datetime="${group.latestAt.toISOString()}">${page.date(group.latestAt, 'short')}</time>
    ${group.unread ? html`<form method="post" action="/notifications/read" class="inline">${csrfField(page)}<input type="hidden" name="groupKey" value="${group.groupKey}"><button type="submit" class="link">${page.t('notify.markRead')}</button></form>` : ''}
  </li>`;
}

function groupList(page: PageContext, heading: MessageKey, groups: NotificationGroup[]): SafeHtml {
  if (groups.length === 0) return html``;
  const id = `notifications-${heading.split('.').pop() ?? ''}`;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${page.t(heading)}</h2><ul class="notification-list">${groups.map((group) => groupItem(page, group))}</ul></section>`;
}

function followList(page: PageContext, follows: Follow[]): SafeHtml {
  if (follows.length === 0) return html`<p>${page.t('follow.none')}</p>`;
  return html`${followTargetTypes.map((type) => {
    const mine = follows.filter((item) => item.targetType === type);
    if (mine.length === 0) return '';
    return html`<h2>${page.t(`follow.type.${type}` as MessageKey)}</h2><ul class="plain-list">${mine.map((item) => html`<li>
      <form method="post" action="/follows" class="inline">${csrfField(page)}<input type="hidden" name="targetType" value="${item.targetType}"><input type="hidden" name="targetId" value="${item.targetId}"><input type="hidden" name="action" value="remove"><input type="hidden" name="next" value="/me/follows">
      <code>${item.targetId}</code>${item.auto ? html` <span class="badge">${page.t('follow.auto')}</span>` : ''} <button type="submit" class="link">${page.t('follow.unfollow')}</button></form></li>`)}</ul>`;
  })}`;
}

function preferencesForm(page: PageContext, preferences: Record<string, string>): SafeHtml {
  return html`<form method="post" action="/me/notifications" class="stack">${csrfField(page)}
    <table class="table preferences"><caption class="visually-hidden">${page.t('notify.prefs.title')}</caption>
    <thead><tr><th scope="col">${page.t('notify.prefs.kind')}</th>${deliveryChoices.map((choice) => html`<th scope="col">${page.t(`notify.choice.${choice}` as MessageKey)}</th>`)}</tr></thead>
    <tbody>${notificationKinds.map((kind) => html`<tr><th scope="row" id="kind-${kind}">${page.t(`notify.kind.${kind}` as MessageKey)}</th>
      ${deliveryChoices.map((choice) => html`<td><input type="radio" name="${kind}" value="${choice}" aria-labelledby="kind-${kind} choice-${kind}-${choice}"${preferences[kind] === choice ? html` checked` : ''}><span id="choice-${kind}-${choice}" class="visually-hidden">${page.t(`notify.choice.${choice}` as MessageKey)}</span></td>`)}</tr>`)}
    </tbody></table>
    <button type="submit" class="button primary">${page.t('notify.prefs.save')}</button></form>`;
}

/** The links between the notification centre and the personal pages beside it. */
export const notificationSubNavigation = (page: PageContext): SafeHtml =>
  html`<p class="inline-list"><a href="/notifications">${page.t('notify.title')}</a> · <a href="/me/notifications">${page.t('notify.settingsLink')}</a> · <a href="/me/follows">${page.t('follow.title')}</a> · <a href="/me/bookmarks">${page.t('bookmark.title')}</a> · <a href="/me/saved-searches">${page.t('savedSearch.title')}</a></p>`;

function bookmarkList(page: PageContext, items: BookmarkedItem[]): SafeHtml {
  if (items.length === 0) return html`<p>${page.t('bookmark.none')}</p>`;
  return html`<ul class="notification-list">${items.map((item) => html`<li class="notification">
    <span class="badge">${page.t(`bookmark.type.${item.targetType}` as MessageKey)}</span> <a href="${item.path}">${item.title}</a>
    <time datetime="${item.savedAt.toISOString()}">${page.date(item.savedAt, 'short')}</time>
    <form method="post" action="/bookmarks" class="inline">${csrfField(page)}<input type="hidden" name="targetType" value="${item.targetType}"><input type="hidden" name="targetId" value="${item.targetId}"><input type="hidden" name="action" value="remove"><input type="hidden" name="next" value="/me/bookmarks"><button type="submit" class="link">${page.t('bookmark.remove')}</button></form>
  </li>`)}</ul>`;
}

export function notificationPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/notifications', async (req, res) => {
    const page = pageContext(req);
    const groups = await listNotifications(ctx, req.actor, { limit: 100 });
    const unread = groups.filter((group) => group.unread);
    const body = html`<section class="notifications narrow"><h1>${page.t('notify.title')}</h1>${notificationSubNavigation(page)}
      ${req.query.done === 'read' ? statusMessage(page.t('notify.allRead')) : ''}
      <p>${page.t('notify.intro')}</p>
      ${unread.length > 0 ? html`<form method="post" action="/notifications/read">${csrfField(page)}<button type="submit" class="button">${page.t('notify.markAllRead')}</button></form>` : ''}
      ${groups.length === 0 ? html`<p>${page.t('notify.empty')}</p>` : html`${groupList(page, 'notify.unreadHeading', unread)}${groupList(page, 'notify.readHeading', groups.filter((group) => !group.unread))}`}
    </section>`;
    res.type('html').send(renderPage(page, { title: page.t('notify.title'), noIndex: true, body }));
  });

  router.get('/notifications/:id/open', async (req, res) => {
    res.redirect(303, safeNextPath(await openNotification(ctx, req.actor, req.params.id), '/notifications'));
  });

  router.post('/notifications/read', async (req, res) => {
    const { groupKey } = pickFields(req.body, ['groupKey']);
    await markNotificationsRead(ctx, req.actor, groupKey ? { groupKey } : {});
    res.redirect(303, groupKey ? '/notifications' : '/notifications?done=read');
  });

  router.get('/me/notifications', async (req, res) => {
    const page = pageContext(req);
    const preferences = await getPreferences(ctx, req.actor);
    const body = html`<section class="narrow"><h1>${page.t('notify.prefs.title')}</h1>${notificationSubNavigation(page)}
      ${req.query.saved === '1' ? statusMessage(page.t('notify.prefs.saved')) : ''}
      <p>${page.t('notify.prefs.intro')}</p>${preferencesForm(page, preferences)}</section>`;
    res.type('html').send(renderPage(page, { title: page.t('notify.prefs.title'), noIndex: true, body }));
  });

  router.post('/me/notifications', async (req, res) => {
    await updatePreferences(ctx, req.actor, pickFields(req.body, notificationKinds));
    res.redirect(303, '/me/notifications?saved=1');
  });

  router.get('/me/follows', async (req, res) => {
    const page = pageContext(req);
    const follows = await listFollows(ctx, req.actor, {});
    const body = html`<section class="narrow"><h1>${page.t('follow.title')}</h1>${notificationSubNavigation(page)}<p>${page.t('follow.intro')}</p>${followList(page, follows)}</section>`;
    res.type('html').send(renderPage(page, { title: page.t('follow.title'), noIndex: true, body }));
  });

  router.get('/me/bookmarks', async (req, res) => {
    const page = pageContext(req);
    const items = await listBookmarks(ctx, req.actor);
    const body = html`<section class="narrow"><h1>${page.t('bookmark.title')}</h1>${notificationSubNavigation(page)}<p>${page.t('bookmark.intro')}</p>${bookmarkList(page, items)}</section>`;
    res.type('html').send(renderPage(page, { title: page.t('bookmark.title'), noIndex: true, body }));
  });

  router.post('/bookmarks', async (req, res) => {
    const { targetType, targetId, action, next } = pickFields(req.body, ['targetType', 'targetId', 'action', 'next']);
    if (action === 'remove') await removeBookmark(ctx, req.actor, { targetType, targetId });
    else await addBookmark(ctx, req.actor, { targetType, targetId });
    res.redirect(303, safeNextPath(next, '/me/bookmarks'));
  });

  router.post('/follows', async (req, res) => {
    const { targetType, targetId, action, next } = pickFields(req.body, ['targetType', 'targetId', 'action', 'next']);
    if (action === 'remove') await unfollow(ctx, req.actor, { targetType, targetId });
    else await follow(ctx, req.actor, { targetType, targetId });
    res.redirect(303, safeNextPath(next, '/me/follows'));
  });
  return router;
}
