// A room's messages: everything after a seq (catch-up, ascending), a page before a seq (older history), or the latest.
// `upTo` is the highest seq the answer covers: a number up to it that is missing is a hole (allocated, never
// stored) and the client moves past it (ARCHITECTURE §6).
import type { Actor, AppContext } from '../../context.js';
import { messageQuerySchema } from './schemas.js';
import type { Message } from '../../models/message.js';
import type { Room } from '../../models/room.js';
import { parseInput } from '../../validation.js';
import { loadRoom } from './loadRoom.js';

export interface MessageWindow {
  room: Room;
  messages: Message[];
  upTo: number;
}

export async function listMessages(ctx: AppContext, actor: Actor, roomId: unknown, query: unknown): Promise<MessageWindow> {
  const { room } = await loadRoom(ctx, actor, roomId);
  const { afterSeq, beforeSeq, limit } = parseInput(messageQuerySchema, query, 'query');
  return readMessages(ctx, room, { afterSeq, beforeSeq, limit });
}

/** Reads a window of an already-authorized room; the room (and so nextSeq) was read before the messages. */
export async function readMessages(ctx: AppContext, room: Room, query: { afterSeq?: number; beforeSeq?: number; limit: number }): Promise<MessageWindow> {
  const lastAllocated = room.nextSeq - 1;
  if (query.afterSeq !== undefined) {
    const messages = await ctx.models.Message.find({ roomId: room._id, seq: { $gt: query.afterSeq, $lte: lastAllocated } })
      .sort({ seq: 1 })
      .limit(query.limit)
      .lean<Message[]>();
    const upTo = messages.length === query.limit ? messages[messages.length - 1].seq : Math.max(lastAllocated, query.afterSeq);
    return { room, messages, upTo };
  }
  const filter = query.beforeSeq === undefined ? { roomId: room._id } : { roomId: room._id, seq: { $lt: query.beforeSeq } };
  const newestFirst = await ctx.models.Message.find(filter).sort({ seq: -1 }).limit(query.limit).lean<Message[]>();
  return { room, messages: newestFirst.reverse(), upTo: lastAllocated };
}

/** Messages up to `upToSeq` that were edited or deleted after `since`: what a reconnecting client missed of them. */
export async function readChangedMessages(ctx: AppContext, room: Room, upToSeq: number, since: Date): Promise<Message[]> {
  return ctx.models.Message.find({ roomId: room._id, seq: { $lte: upToSeq }, changedAt: { $gt: since } })
    .sort({ seq: 1 })
    .limit(500)
    .lean<Message[]>();
}
