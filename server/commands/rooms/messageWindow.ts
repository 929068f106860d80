// Decides up to which seq a window of a room's messages is complete (`upTo`), without ever skipping a number that is
// still being written. A number missing below a stored message whose seq was allocated more than a grace period ago
// is closed with a hole marker, an insert on the unique (room, seq) index: if the writer stores its message first the
// marker fails and the message is read instead; if the marker wins, the writer gets a duplicate and re-allocates. A
// younger gap ends the window: its message is broadcast once stored, or the gap is closed at a later ask.
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { isDuplicateKeyError } from '../../errors.js';
import type { Message } from '../../models/message.js';

export const holeGraceMs = 1000;

export interface MessageWindow {
  messages: Message[];
  upTo: number;
  /** True when the read hit its limit: ask again after `upTo`. */
  more: boolean;
}

interface RoomRef {
  _id: Types.ObjectId;
  communityId: Types.ObjectId;
}

/** Stores a marker for a seq that will never hold a message; answers the message instead when one holds it. */
export async function closeHole(ctx: AppContext, room: RoomRef, seq: number): Promise<Message | null> {
  try {
    await ctx.models.Message.create({
      roomId: room._id,
      communityId: room.communityId,
      seq,
      authorId: room._id,
      authorName: '-',
      clientId: `hole-${seq}`,
      state: 'hole',
    });
    return null;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return ctx.models.Message.findOne({ roomId: room._id, seq }).lean<Message>();
  }
}

/**
 * `stored` holds the room's messages (hole markers included) after `afterSeq` in ascending seq order; answers the
 * messages to show and the highest seq up to which none is missing.
 */
export async function completeWindow(ctx: AppContext, room: RoomRef, afterSeq: number, stored: readonly Message[], more: boolean): Promise<MessageWindow> {
  const found: Message[] = [];
  let upTo = afterSeq;
  let complete = true;
  for (const message of stored) {
    if (complete && message.seq > upTo + 1) {
      if (Date.now() - message.createdAt.getTime() < holeGraceMs) complete = false;
      else {
        for (let seq = upTo + 1; seq < message.seq; seq += 1) {
          const holder = await closeHole(ctx, room, seq);
          if (holder) found.push(holder);
        }
      }
    }
    found.push(message);
    if (complete) upTo = message.seq;
  }
  return { messages: found.filter((message) => message.state !== 'hole').sort((a, b) => a.seq - b.seq), upTo, more };
}
