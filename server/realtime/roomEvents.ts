// The live-room socket events: join (with history or catch-up), leave, send, edit, delete, react, catch-up and typing.
// Each goes through the same commands and policies as HTTP.
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { deleteMessage } from '../commands/rooms/deleteMessage.js';
import { editMessage } from '../commands/rooms/editMessage.js';
import { readJoinWindow, readMessages } from '../commands/rooms/listMessages.js';
import { loadLiveRoom } from '../commands/rooms/liveRoomState.js';
import { postMessage } from '../commands/rooms/postMessage.js';
import { reactToMessage } from '../commands/rooms/reactToMessage.js';
import { notFound } from '../errors.js';
import {
  catchUpEventSchema,
  deleteMessageEventSchema,
  editMessageEventSchema,
  joinRoomEventSchema,
  reactEventSchema,
  roomEventSchema,
  sendMessageEventSchema,
} from '../commands/rooms/schemas.js';
import { presentMessage, presentReactions, presentRoom } from '../presenters/roomPresenter.js';
import { roomChannel } from './channels.js';
import type { PresenceNotifier } from './presence.js';
import { onEvent } from './socketHandler.js';
import type { PraxisSocket } from './socketTypes.js';

const historySize = 50;
const catchUpSize = 500;
const typingIntervalMs = 2000;

export function registerRoomEvents(ctx: AppContext, socket: PraxisSocket, presence: PresenceNotifier): void {
  const actor = socket.data.actor;
  const lastTyping = new Map<string, number>();
  /** One socket's messages are stored one after another, so they keep the order in which they were sent. */
  let sendQueue: Promise<unknown> = Promise.resolve();
  const on = <S extends z.ZodType>(event: string, schema: S, handler: (data: z.output<S>) => Promise<unknown>): void =>
    onEvent(socket, ctx.log, event, schema, handler);

  on('room:join', joinRoomEventSchema, async ({ roomId, afterSeq, changedSince }) => {
    await loadLiveRoom(ctx, actor, roomId);
    await socket.join(roomChannel(roomId));
    presence.changed(roomId);
    const joined = await readJoinWindow(ctx, actor, roomId, { afterSeq, changedSince }, { history: historySize, catchUp: catchUpSize });
    return {
      room: presentRoom(joined.room),
      messages: joined.messages.map(presentMessage),
      upTo: joined.upTo,
      more: joined.more,
      changed: joined.changed.map(presentMessage),
      serverTime: joined.serverTime.toISOString(),
    };
  });

  on('room:leave', roomEventSchema, async ({ roomId }) => {
    await socket.leave(roomChannel(roomId));
    presence.changed(roomId);
    return { left: roomId };
  });

  on('room:catchup', catchUpEventSchema, async ({ roomId, afterSeq, limit }) => {
    const { room } = await loadLiveRoom(ctx, actor, roomId);
    const window = await readMessages(ctx, room, { afterSeq, limit });
    return { messages: window.messages.map(presentMessage), upTo: window.upTo, more: window.more };
  });

  on('message:send', sendMessageEventSchema, async ({ roomId, ...input }) => {
    const sending = sendQueue.then(() => postMessage(ctx, actor, roomId, input));
    sendQueue = sending.catch(() => undefined);
    const { message } = await sending;
    return { seq: message.seq, message: presentMessage(message) };
  });

  on('message:edit', editMessageEventSchema, async ({ messageId, body }) => presentMessage(await editMessage(ctx, actor, messageId, { body })));

  on('message:delete', deleteMessageEventSchema, async ({ messageId }) => presentMessage(await deleteMessage(ctx, actor, messageId)));

  on('message:react', reactEventSchema, async ({ messageId, ...reaction }) => {
    const message = await reactToMessage(ctx, actor, messageId, reaction);
    return { id: String(message._id), seq: message.seq, reactions: presentReactions(message), reactionsRev: message.reactionsRev ?? 0 };
  });

  on('typing', roomEventSchema, async ({ roomId }) => {
    const channel = roomChannel(roomId);
    if (!actor.userId || !socket.rooms.has(channel)) throw notFound('The room');
    const now = Date.now();
    if (now - (lastTyping.get(roomId) ?? 0) >= typingIntervalMs) {
      lastTyping.set(roomId, now);
      socket.to(channel).emit('typing', { roomId, user: { id: actor.userId, displayName: actor.displayName ?? 'Member' } });
    }
    return { ok: true };
  });

  socket.on('disconnecting', () => {
    for (const channel of socket.rooms) if (channel.startsWith('room:')) presence.changed(channel.slice('room:'.length));
  });
}
