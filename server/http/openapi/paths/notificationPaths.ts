// OpenAPI descriptions of the notification centre, follows and notification preferences.
import { readPositionSchema } from '../../../commands/communities/schemas.js';
import { bookmarkTargetSchema, followListQuerySchema, followTargetSchema, markReadSchema, notificationQuerySchema, preferencesSchema, saveSearchSchema, updateSavedSearchSchema } from '../../../commands/notifications/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, actQuietly } from './common.js';

const tag = 'notifications';
const signedInRead = { 200: 'json', 400: 'none', 401: 'none' } as const;

export const notificationPaths: ApiOperation[] = [
  { method: 'get', path: '/api/notifications', tag, summary: 'The notification centre: groups of notifications, newest first, with the unread count', query: notificationQuerySchema, responses: signedInRead },
  { method: 'get', path: '/api/notifications/unread-count', tag, summary: 'How many unread notifications the reader may see', responses: { 200: 'item', 401: 'none' } },
  { method: 'post', path: '/api/notifications/read', tag, summary: 'Mark one group (groupKey) or every notification read; answers the unread count left', body: markReadSchema, responses: { 200: 'item', 400: 'none', 401: 'none' } },
  { method: 'get', path: '/api/follows', tag, summary: 'What the reader follows', query: followListQuerySchema, responses: { 200: 'list', 400: 'none', 401: 'none' } },
  { method: 'post', path: '/api/follows', tag, summary: 'Follow a community, thread, practice, resource, collection, person, competence or tag (404 for what the reader may not see)', body: followTargetSchema, responses: { 201: 'item', 400: 'none', 401: 'none', 404: 'none' } },
  { method: 'post', path: '/api/follows/remove', tag, summary: 'Stop following something', body: followTargetSchema, responses: { 204: 'none', 400: 'none', 401: 'none' } },
  { method: 'post', path: '/api/threads/:id/read', tag: 'threads', summary: 'Record how far the reader has seen a thread (posts in thread order; it never moves back)', body: readPositionSchema, responses: act },
  { method: 'get', path: '/api/bookmarks', tag, summary: 'The reader’s bookmarks (posts, practices, resources they may still see), newest first', responses: { 200: 'list', 401: 'none' } },
  { method: 'post', path: '/api/bookmarks', tag, summary: 'Bookmark a post, practice or resource (404 for what the reader may not see)', body: bookmarkTargetSchema, responses: { 201: 'item', 400: 'none', 401: 'none', 404: 'none' } },
  { method: 'post', path: '/api/bookmarks/remove', tag, summary: 'Remove a bookmark', body: bookmarkTargetSchema, responses: { 204: 'none', 400: 'none', 401: 'none' } },
  { method: 'get', path: '/api/saved-searches', tag, summary: 'The reader’s saved searches, newest first, each with the search page that shows its results', responses: { 200: 'list', 401: 'none' } },
  { method: 'post', path: '/api/saved-searches', tag, summary: 'Save a search (words, types, filters) under a name; new published matches are announced by the reader’s savedSearch preference while alerts are on', body: saveSearchSchema, responses: { 201: 'item', 400: 'none', 401: 'none', 422: 'none' } },
  { method: 'patch', path: '/api/saved-searches/:id', tag, summary: 'Rename a saved search or turn its alerts on or off', body: updateSavedSearchSchema, responses: act },
  { method: 'delete', path: '/api/saved-searches/:id', tag, summary: 'Delete a saved search', responses: actQuietly },
  { method: 'get', path: '/api/me/notification-preferences', tag, summary: 'How each kind of notification reaches the reader', responses: { 200: 'item', 401: 'none' } },
  { method: 'patch', path: '/api/me/notification-preferences', tag, summary: 'Change how kinds of notification reach the reader (in-app, e-mail, daily or weekly digest, never)', body: preferencesSchema, responses: act },
];
