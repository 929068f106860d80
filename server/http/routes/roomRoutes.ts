// Live rooms over HTTP: /api/communities/:id/rooms (list, create) and /api/rooms/:id (get, messages with
// afterSeq/beforeSeq/limit, send, edit, delete, react, lock, slow mode); the same commands the Socket.IO events use.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { createRoom } from '../../commands/rooms/createRoom.js';
import { deleteMessage } from '../../commands/rooms/deleteMessage.js';
import { editMessage } from '../../commands/rooms/editMessage.js';
import { listMessages } from '../../commands/rooms/listMessages.js';
import { listRooms } from '../../commands/rooms/listRooms.js';
import { loadRoom } from '../../commands/rooms/loadRoom.js';
import { lockRoom } from '../../commands/rooms/lockRoom.js';
import { postMessage } from '../../commands/rooms/postMessage.js';
import { reactToMessage } from '../../commands/rooms/reactToMessage.js';
import { suggestMentions } from '../../commands/rooms/suggestMentions.js';
import { setSlowMode } from '../../commands/rooms/setSlowMode.js';
import { presentMessage, presentRoom } from '../../presenters/roomPresenter.js';

export function roomRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/communities/:id/rooms', async (req, res) => {
    const rooms = await listRooms(ctx, req.actor, req.params.id);
    res.json({ data: rooms.map(presentRoom), page: { offset: 0, limit: rooms.length, total: rooms.length } });
  });
  router.post('/communities/:id/rooms', async (req, res) => {
    res.status(201).json({ data: presentRoom(await createRoom(ctx, req.actor, req.params.id, req.body)) });
  });
  router.get('/rooms/:id', async (req, res) => {
    res.json({ data: presentRoom((await loadRoom(ctx, req.actor, req.params.id)).room) });
  });
  router.get('/rooms/:id/messages', async (req, res) => {
    const { messages, upTo } = await listMessages(ctx, req.actor, req.params.id, req.query);
    res.json({ data: messages.map(presentMessage), upTo });
  });
  router.get('/rooms/:id/mentions', async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ data: await suggestMentions(ctx, req.actor, req.params.id, req.query) });
  });
  router.post('/rooms/:id/messages', async (req, res) => {
    const { message, created } = await postMessage(ctx, req.actor, req.params.id, req.body);
    res.status(created ? 201 : 200).json({ data: presentMessage(message) });
  });
  router.patch('/messages/:id', async (req, res) => {
    res.json({ data: presentMessage(await editMessage(ctx, req.actor, req.params.id, req.body)) });
  });
  router.delete('/messages/:id', async (req, res) => {
    res.json({ data: presentMessage(await deleteMessage(ctx, req.actor, req.params.id)) });
  });
  router.put('/messages/:id/reactions', async (req, res) => {
    res.json({ data: presentMessage(await reactToMessage(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/rooms/:id/lock', async (req, res) => {
    res.json({ data: presentRoom(await lockRoom(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/rooms/:id/slow-mode', async (req, res) => {
    res.json({ data: presentRoom(await setSlowMode(ctx, req.actor, req.params.id, req.body)) });
  });

  return router;
}
