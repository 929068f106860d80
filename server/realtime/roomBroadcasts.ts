// Fans the rooms' domain events out to the sockets in the room: a new message, an edited or deleted one, reactions,
// room settings, each presented here (the commands only announce the documents).
import type { AppContext } from '../context.js';
import type { AppEventMap } from '../events.js';
import { presentMessage, presentReactions, presentRoom } from '../presenters/roomPresenter.js';
import { roomChannel } from './channels.js';
import type { PraxisServer } from './socketTypes.js';

/** Starts relaying; returns the function that stops it. */
export function relayRoomEvents(ctx: AppContext, io: PraxisServer): () => void {
  const created = ({ message }: AppEventMap['message.created'][0]): void => {
    io.to(roomChannel(String(message.roomId))).emit('message:new', presentMessage(message));
  };
  const updated = ({ message }: AppEventMap['message.updated'][0]): void => {
    io.to(roomChannel(String(message.roomId))).emit('message:updated', presentMessage(message));
  };
  const reacted = ({ message, userId, displayName, kind, on }: AppEventMap['message.reacted'][0]): void => {
    io.to(roomChannel(String(message.roomId))).emit('message:reactions', { id: String(message._id), seq: message.seq, reactions: presentReactions(message), reactionsRev: message.reactionsRev ?? 0, by: { userId, displayName, kind, on } });
  };
  const roomUpdated = ({ room }: AppEventMap['room.updated'][0]): void => {
    io.to(roomChannel(String(room._id))).emit('room:updated', presentRoom(room));
  };
  ctx.events.on('message.created', created);
  ctx.events.on('message.updated', updated);
  ctx.events.on('message.reacted', reacted);
  ctx.events.on('room.updated', roomUpdated);
  return () => {
    ctx.events.off('message.created', created);
    ctx.events.off('message.updated', updated);
    ctx.events.off('message.reacted', reacted);
    ctx.events.off('room.updated', roomUpdated);
  };
}
