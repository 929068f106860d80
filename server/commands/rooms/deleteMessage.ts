// Deletes a live message: its author within the edit window, or any moderator of the community (audited). The seq
// stays taken; every client in the room receives the deletion, and the replies quoting it lose their excerpt.
import type { Actor, AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { Message } from '../../models/message.js';
import { can } from '../../policies/index.js';
import { recordAudit } from '../recordAudit.js';
import { loadMessage } from './loadMessage.js';

export async function deleteMessage(ctx: AppContext, actor: Actor, messageId: unknown): Promise<Message> {
  const { message, access, community, withinWindow } = await loadMessage(ctx, actor, messageId);
  if (!can(actor, 'message.delete', { access, authorId: String(message.authorId), withinWindow })) {
    throw new AppError(403, 'delete_not_allowed', `Only moderators, or the author within ${ctx.config.messageEditWindowMinutes} minutes, can delete a message.`);
  }
  const deleted = await ctx.models.Message.findOneAndUpdate(
    { _id: message._id, state: 'visible' },
    { $set: { state: 'deleted', body: '', bodyHtml: '', changedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean<Message>();
  if (!deleted) return message;
  if (String(message.authorId) !== actor.userId) {
    await recordAudit(ctx, actor, { action: 'message.delete', subjectType: 'message', subjectId: String(message._id), communityId: community._id, data: { roomId: String(message.roomId), seq: message.seq } });
  }
  ctx.events.emit('message.updated', { message: deleted });
  await forgetQuotes(ctx, deleted);
  return deleted;
}

const maxQuotesCleared = 500;

/** Empties the excerpt of the replies that quote a deleted message, so its text is gone from them too. */
async function forgetQuotes(ctx: AppContext, deleted: Message): Promise<void> {
  const replies = await ctx.models.Message.find({ roomId: deleted.roomId, 'replyTo.messageId': deleted._id }).limit(maxQuotesCleared).lean<Message[]>();
  if (replies.length === 0) return;
  const changedAt = new Date();
  await ctx.models.Message.updateMany({ _id: { $in: replies.map((reply) => reply._id) } }, { $set: { 'replyTo.excerpt': '', changedAt } });
  for (const reply of replies) {
    if (reply.replyTo) ctx.events.emit('message.updated', { message: { ...reply, replyTo: { ...reply.replyTo, excerpt: '' }, changedAt } });
  }
}
