// A room's messages: everything after a seq (catch-up, ascending), a page before a seq (older history), or the latest.
// `upTo` is the highest seq up to which the answer leaves nothing out (messageWindow.ts decides it): the client
// moves its position there and keeps any later message it was given as early.
import type { Actor, AppContext } from '../../context.js';
import { messageQuerySchema } from './schemas.js';
import type { Message } from '../../models/message.js';
import type { Room } from '../../models/room.js';
import { parseInput } from '../../validation.js';
import { loadRoom } from './loadRoom.js';
import { completeWindow, type MessageWindow } from './messageWindow.js';

export interface RoomWindow extends MessageWindow {
  room: Room;
}

export async function listMessages(ctx: AppContext, actor: Actor, roomId: unknown, query: unknown): Promise<RoomWindow> {
  const { room } = await loadRoom(ctx, actor, roomId);
  const { afterSeq, beforeSeq, limit } = parseInput(messageQuerySchema, query, 'query');
  return readMessages(ctx, room, { afterSeq, beforeSeq, limit });
}

/** Reads a window of an already-authorized room. */
export async function readMessages(ctx: AppContext, room: Room, query: { afterSeq?: number; beforeSeq?: number; limit: number }): Promise<RoomWindow> {
  if (query.afterSeq !== undefined) {
    const stored = await ctx.models.Message.find({ roomId: room._id, seq: { $gt: query.afterSeq } })
      .sort({ seq: 1 })
      .limit(query.limit)
      .lean<Message[]>();
    return { room, ...(await completeWindow(ctx, room, query.afterSeq, stored, stored.length === query.limit)) };
  }
  const filter = query.beforeSeq === undefined ? { roomId: room._id } : { roomId: room._id, seq: { $lt: query.beforeSeq } };
  const stored = (await ctx.models.Message.find(filter).sort({ seq: -1 }).limit(query.limit).lean<Message[]>()).reverse();
  return { room, ...(await completeWindow(ctx, room, stored.length > 0 ? stored[0].seq - 1 : (query.beforeSeq ?? 1) - 1, stored, false)) };
}

/** Messages up to `upToSeq` that were edited or deleted after `since`: what a reconnecting client missed of them. */
export async function readChangedMessages(ctx: AppContext, room: Room, upToSeq: number, since: Date): Promise<Message[]> {
  return ctx.models.Message.find({ roomId: room._id, seq: { $lte: upToSeq }, changedAt: { $gt: since }, state: { $ne: 'hole' } })
    .sort({ seq: 1 })
    .limit(500)
    .lean<Message[]>();
}

export interface JoinedRoom extends RoomWindow {
  /** Edits and deletions since `changedSince` of the messages the client already has. */
  changed: Message[];
  /** Read before the queries: a change after it is broadcast live or returned at the next join. */
  serverTime: Date;
}

/** What a client joining (or re-joining) a room gets: the latest history, or everything after its last seq. Call it after
 * the socket joined the room's channel, so that nothing falls between the broadcast and the read. */
export async function readJoinWindow(ctx: AppContext, actor: Actor, roomId: unknown, from: { afterSeq?: number; changedSince?: string }, limits: { history: number; catchUp: number }): Promise<JoinedRoom> {
  const serverTime = new Date();
  const { room } = await loadRoom(ctx, actor, roomId);
  const window = await readMessages(ctx, room, from.afterSeq === undefined ? { limit: limits.history } : { afterSeq: from.afterSeq, limit: limits.catchUp });
  const changed = from.afterSeq !== undefined && from.changedSince ? await readChangedMessages(ctx, room, from.afterSeq, new Date(from.changedSince)) : [];
  return { ...window, changed, serverTime };
}

/** The stored messages with the given seqs (hole markers left out), and the visible one just before the first, which
 * a renderer needs to group them and place day separators. */
export async function readMessagesBySeq(ctx: AppContext, actor: Actor, roomId: unknown, seqs: readonly number[]): Promise<{ room: Room; messages: Message[]; previous: Message | null }> {
  const { room } = await loadRoom(ctx, actor, roomId);
  const messages = await ctx.models.Message.find({ roomId: room._id, seq: { $in: [...seqs] }, state: { $ne: 'hole' } }).sort({ seq: 1 }).lean<Message[]>();
  const first = messages[0]?.seq;
  const previous = first === undefined ? null : await ctx.models.Message.findOne({ roomId: room._id, seq: { $lt: first }, state: { $ne: 'hole' } }).sort({ seq: -1 }).lean<Message>();
  return { room, messages, previous };
}
