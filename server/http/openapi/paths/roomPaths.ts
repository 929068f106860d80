// OpenAPI descriptions of the live rooms over HTTP: /api/communities/:id/rooms, /api/rooms/:id (messages, lock,
// slow mode) and /api/messages/:id (edit, delete, reactions); the Socket.IO events use the same commands and schemas.
import { lockSchema } from '../../../commands/communities/schemas.js';
import { createRoomSchema, editMessageSchema, mentionQuerySchema, messageQuerySchema, reactSchema, sendMessageSchema, slowModeSchema } from '../../../commands/rooms/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, createIn, readItem } from './common.js';

const tag = 'rooms';

export const roomPaths: ApiOperation[] = [
  { method: 'get', path: '/api/communities/:id/rooms', tag, summary: 'List a community’s rooms (all on one page)', responses: { 200: 'list', 404: 'none' } },
  { method: 'post', path: '/api/communities/:id/rooms', tag, summary: 'Open a standing room or schedule a session (moderators)', body: createRoomSchema, responses: createIn },
  { method: 'get', path: '/api/rooms/:id', tag, summary: 'Read a room (lock, slow mode, last message seq)', responses: readItem },
  {
    method: 'get',
    path: '/api/rooms/:id/messages',
    tag,
    summary: 'A room’s messages by seq: the latest, or those after afterSeq (catching up) or before beforeSeq (history)',
    description: 'Answers `{ data: [...messages in seq order], upTo }`.',
    query: messageQuerySchema,
    responses: { 200: 'json', 400: 'none', 404: 'none' },
  },
  {
    method: 'get',
    path: '/api/rooms/:id/mentions',
    tag,
    summary: 'Whom the composer offers after "@": up to 8 members of the room’s community (handle or a word of the name starts with q)',
    description: 'Answers `{ data: [{ userId, displayName, handle }] }`; for people who may write in the room.',
    query: mentionQuerySchema,
    responses: { 200: 'list', 400: 'none', 403: 'none', 404: 'none' },
  },
  {
    method: 'post',
    path: '/api/rooms/:id/messages',
    tag,
    summary: 'Send a message, or a reply with replyTo; resending the same clientId answers 200 with the first one (403 room_locked, 422 reply_target_missing, 429 slow_mode)',
    body: sendMessageSchema,
    responses: { ...createIn, 200: 'item', 429: 'none', 503: 'none' },
  },
  { method: 'patch', path: '/api/messages/:id', tag, summary: 'Edit the own message within the edit window (403 edit_not_allowed, 409 message_deleted)', body: editMessageSchema, responses: { ...act, 409: 'none' } },
  { method: 'delete', path: '/api/messages/:id', tag, summary: 'Delete a message (its author within the edit window, or a moderator); it keeps its seq', responses: { 200: 'item', 401: 'none', 403: 'none', 404: 'none' } },
  {
    method: 'put',
    path: '/api/messages/:id/reactions',
    tag,
    summary: 'Add (on: true) or take back (on: false) the own reaction of one kind; repeating either changes nothing (409 message_deleted, 429 rate_limited)',
    body: reactSchema,
    responses: { ...act, 409: 'none', 429: 'none' },
  },
  { method: 'post', path: '/api/rooms/:id/lock', tag, summary: 'Lock or unlock a room (moderators)', body: lockSchema, responses: act },
  { method: 'post', path: '/api/rooms/:id/slow-mode', tag, summary: 'Set slow mode in seconds (0 switches it off; a reason is needed to switch it on)', body: slowModeSchema, responses: act },
];
