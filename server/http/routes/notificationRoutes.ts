// /api/notifications (the centre, unread count, mark read), /api/follows, /api/bookmarks, /api/saved-searches and
// /api/me/notification-preferences.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { addBookmark, listBookmarks, removeBookmark } from '../../commands/notifications/bookmarks.js';
import { follow, listFollows, unfollow } from '../../commands/notifications/follows.js';
import { listNotifications, markNotificationsRead, unreadCount } from '../../commands/notifications/notificationCentre.js';
import { getPreferences, updatePreferences } from '../../commands/notifications/preferences.js';
import { deleteSavedSearch, listSavedSearches, saveSearch, updateSavedSearch } from '../../commands/notifications/savedSearches.js';
import { presentBookmark, presentFollow, presentNotificationGroup, presentSavedSearch } from '../../presenters/notificationPresenter.js';
import { chooseLocale } from '../pages/pageContext.js';

export function notificationRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/notifications', async (req, res) => {
    const groups = await listNotifications(ctx, req.actor, req.query);
    const locale = chooseLocale(req);
    res.json({ data: groups.map((group) => presentNotificationGroup(locale, group)), unread: await unreadCount(ctx, req.actor) });
  });
  router.get('/notifications/unread-count', async (req, res) => {
    res.json({ data: { unread: await unreadCount(ctx, req.actor) } });
  });
  router.post('/notifications/read', async (req, res) => {
    res.json({ data: { unread: await markNotificationsRead(ctx, req.actor, req.body) } });
  });

  router.get('/follows', async (req, res) => {
    res.json({ data: (await listFollows(ctx, req.actor, req.query)).map(presentFollow) });
  });
  router.post('/follows', async (req, res) => {
    res.status(201).json({ data: presentFollow(await follow(ctx, req.actor, req.body)) });
  });
  router.post('/follows/remove', async (req, res) => {
    await unfollow(ctx, req.actor, req.body);
    res.status(204).end();
  });

  router.get('/bookmarks', async (req, res) => {
    res.json({ data: (await listBookmarks(ctx, req.actor)).map(presentBookmark) });
  });
  router.post('/bookmarks', async (req, res) => {
    res.status(201).json({ data: presentBookmark(await addBookmark(ctx, req.actor, req.body)) });
  });
  router.post('/bookmarks/remove', async (req, res) => {
    await removeBookmark(ctx, req.actor, req.body);
    res.status(204).end();
  });

  router.get('/saved-searches', async (req, res) => {
    res.json({ data: (await listSavedSearches(ctx, req.actor)).map(presentSavedSearch) });
  });
  router.post('/saved-searches', async (req, res) => {
    res.status(201).json({ data: presentSavedSearch(await saveSearch(ctx, req.actor, req.body)) });
  });
  router.patch('/saved-searches/:id', async (req, res) => {
    res.json({ data: presentSavedSearch(await updateSavedSearch(ctx, req.actor, req.params.id, req.body)) });
  });
  router.delete('/saved-searches/:id', async (req, res) => {
    await deleteSavedSearch(ctx, req.actor, req.params.id);
    res.status(204).end();
  });

  router.get('/me/notification-preferences', async (req, res) => {
    res.json({ data: await getPreferences(ctx, req.actor) });
  });
  router.patch('/me/notification-preferences', async (req, res) => {
    res.json({ data: await updatePreferences(ctx, req.actor, req.body) });
  });
  return router;
}
