// Adds or takes back the reader's reaction of one kind on a visible live message: people who may write in the room,
// not muted, rate-limited. One reaction per person and kind, kept by a conditional update of the one document (no
// read-then-write race); repeating an add or a take-back changes nothing. Everyone in the room gets the new counts.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, unauthenticated } from '../../errors.js';
import type { Message } from '../../models/message.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { assertNotMuted } from '../communities/assertNotMuted.js';
import { loadMessage } from './loadMessage.js';
import { reactSchema } from './schemas.js';

export async function reactToMessage(ctx: AppContext, actor: Actor, messageId: unknown, input: unknown): Promise<Message> {
  const { message, access, membership } = await loadMessage(ctx, actor, messageId);
  authorize(actor, 'community.participate', access);
  if (!actor.userId) throw unauthenticated();
  const { kind, on } = parseInput(reactSchema, input, 'reaction');
  assertNotMuted(membership);
  if (message.state !== 'visible') throw conflict('message_deleted', 'This message was deleted.');
  await ctx.rateLimits.consume('reaction', actor.userId);
  const reaction = { kind, userId: new Types.ObjectId(actor.userId) };
  const changedAt = new Date();
  const updated = on
    ? await ctx.models.Message.findOneAndUpdate(
        { _id: message._id, state: 'visible', reactions: { $not: { $elemMatch: reaction } } },
        { $push: { reactions: reaction }, $set: { changedAt }, $inc: { reactionsRev: 1 } },
        { returnDocument: 'after' },
      ).lean<Message>()
    : await ctx.models.Message.findOneAndUpdate({ _id: message._id, state: 'visible' }, { $pull: { reactions: reaction }, $set: { changedAt }, $inc: { reactionsRev: 1 } }, { returnDocument: 'after' }).lean<Message>();
  if (updated) {
    ctx.events.emit('message.reacted', { message: updated, userId: actor.userId, displayName: actor.displayName ?? '', kind, on });
    return updated;
  }
  const current = await ctx.models.Message.findOne({ _id: message._id, state: 'visible' }).lean<Message>();
  if (!current) throw conflict('message_deleted', 'This message was deleted.');
  return current;
}
