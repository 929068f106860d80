// The author corrects a live message within the edit window; every client in the room receives the new text.
import type { Actor, AppContext } from '../../context.js';
import { AppError, conflict } from '../../errors.js';
import { renderMarkdown } from '../../content/markdown.js';
import { editMessageSchema } from './schemas.js';
import type { Message } from '../../models/message.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { assertNotMuted } from '../communities/assertNotMuted.js';
import { loadMessage } from './loadMessage.js';

export async function editMessage(ctx: AppContext, actor: Actor, messageId: unknown, input: unknown): Promise<Message> {
  const { message, access, membership, withinWindow } = await loadMessage(ctx, actor, messageId);
  if (!can(actor, 'message.edit', { access, authorId: String(message.authorId), withinWindow })) {
    throw new AppError(403, 'edit_not_allowed', `Only the author can edit a message, within ${ctx.config.messageEditWindowMinutes} minutes of sending it.`);
  }
  const data = parseInput(editMessageSchema, input, 'message');
  assertNotMuted(membership);
  const updated = await ctx.models.Message.findOneAndUpdate(
    { _id: message._id, state: 'visible' },
    { $set: { body: data.body, bodyHtml: renderMarkdown(data.body), editedAt: new Date(), changedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean<Message>();
  if (!updated) throw conflict('message_deleted', 'This message was deleted.');
  ctx.events.emit('message.updated', { message: updated });
  return updated;
}
