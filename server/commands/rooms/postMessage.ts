// Sends a message to a live room: membership, mute, lock, rate limit and slow mode are checked; the message is
// stored with a freshly allocated per-room seq (re-allocated on a duplicate, ARCHITECTURE §3; a seq it could not use
// is closed as a hole at once) and only then broadcast.
// A reply stores a snapshot of the message it answers, which must be visible in the same room.
// A resend with the same clientId returns the stored message instead of storing it twice (found by the unique
// (room, author, clientId) index when the insert collides, so a new message costs no read for it).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import { excerpt, renderMarkdown } from '../../content/markdown.js';
import { sendMessageSchema } from './schemas.js';
import type { Message, MessageReply } from '../../models/message.js';
import type { Room } from '../../models/room.js';
import { authorize, can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { assertNotMuted } from '../communities/assertNotMuted.js';
import { claimSlowModeWindow } from './claimSlowModeWindow.js';
import { loadLiveRoom } from './liveRoomState.js';
import { closeHole } from './messageWindow.js';

const maxAllocations = 20;

export interface PostedMessage {
  message: Message;
  /** False when the clientId had been sent before and the stored message is returned. */
  created: boolean;
}

async function authorName(ctx: AppContext, actor: Actor & { userId: string }): Promise<string> {
  if (actor.displayName) return actor.displayName;
  const user = await ctx.models.User.findById(actor.userId, { displayName: 1 }).lean();
  return user?.displayName ?? 'Member';
}

const replyExcerptLength = 140;

/** What a reply keeps of the message it answers. */
export const quoteOf = (target: Pick<Message, '_id' | 'seq' | 'authorName' | 'body'>): MessageReply => ({
  messageId: target._id,
  seq: target.seq,
  authorName: target.authorName,
  excerpt: excerpt(target.body, replyExcerptLength),
});

/** The snapshot of the message a reply answers; refused when it is not a visible message of this room. */
async function replySnapshot(ctx: AppContext, room: Room, messageId: string | undefined): Promise<MessageReply | null> {
  if (messageId === undefined) return null;
  const target = await ctx.models.Message.findOne({ _id: messageId, roomId: room._id, state: 'visible' }, { seq: 1, authorName: 1, body: 1 }).lean<Pick<Message, '_id' | 'seq' | 'authorName' | 'body'>>();
  if (!target) throw new AppError(422, 'reply_target_missing', 'The message you are replying to is not in this room any more.');
  return quoteOf(target);
}

/** The message this author already sent with this clientId, if any. */
const findSent = (ctx: AppContext, roomId: Types.ObjectId, authorId: Types.ObjectId, clientId: string): Promise<Message | null> =>
  ctx.models.Message.findOne({ roomId, authorId, clientId }).lean<Message>().exec();

async function storeWithNextSeq(ctx: AppContext, room: Room, fields: Omit<Message, '_id' | 'seq' | 'createdAt'>): Promise<PostedMessage> {
  for (let attempt = 0; attempt < maxAllocations; attempt += 1) {
    const counter = await ctx.models.Room.findOneAndUpdate({ _id: room._id }, { $inc: { nextSeq: 1 } }, { returnDocument: 'before', projection: { nextSeq: 1 } }).lean<Pick<Room, 'nextSeq'>>();
    if (!counter) throw new AppError(404, 'not_found', 'The room was not found.');
    try {
      const created = await ctx.models.Message.create({ ...fields, seq: counter.nextSeq, createdAt: new Date() });
      return { message: created.toObject(), created: true };
    } catch (error) {
      await closeHole(ctx, room, counter.nextSeq);
      if (!isDuplicateKeyError(error)) throw error;
      const resent = await findSent(ctx, room._id, fields.authorId, fields.clientId);
      if (resent) return { message: resent, created: false };
    }
  }
  throw new AppError(503, 'busy', 'The room is very busy; please send your message again.');
}

export async function postMessage(ctx: AppContext, actor: Actor, roomId: unknown, input: unknown): Promise<PostedMessage> {
  const { room, community, membership, access } = await loadLiveRoom(ctx, actor, roomId);
  authorize(actor, 'community.participate', access);
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(sendMessageSchema, input, 'message');
  assertNotMuted(membership);
  const moderator = can(actor, 'community.moderate', access);
  if (room.locked && !moderator) throw new AppError(403, 'room_locked', 'This room is locked: only moderators can write now.');
  const authorId = new Types.ObjectId(actor.userId);
  try {
    await ctx.rateLimits.consume('message', actor.userId);
    if (room.slowModeSeconds > 0 && !moderator) await claimSlowModeWindow(ctx, room, actor.userId);
  } catch (error) {
    // A resend of a message stored before is answered with it, even when a new one would be refused now.
    const earlier = await findSent(ctx, room._id, authorId, data.clientId);
    if (earlier) return { message: earlier, created: false };
    throw error;
  }
  const [name, replyTo] = await Promise.all([authorName(ctx, { ...actor, userId: actor.userId }), replySnapshot(ctx, room, data.replyTo)]);
  const posted = await storeWithNextSeq(ctx, room, {
    roomId: room._id,
    communityId: community._id,
    authorId,
    authorName: name,
    clientId: data.clientId,
    body: data.body,
    bodyHtml: renderMarkdown(data.body),
    state: 'visible',
    replyTo,
    editedAt: null,
    changedAt: null,
  });
  if (posted.created) ctx.events.emit('message.created', { message: posted.message });
  return posted;
}
