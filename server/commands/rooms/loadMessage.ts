// Loads a live message with its room and community access, and whether the author's edit window is still open.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Message } from '../../models/message.js';
import type { Room } from '../../models/room.js';
import { parseObjectId } from '../../validation.js';
import type { LoadedCommunity } from '../communities/loadCommunity.js';
import { loadRoom } from './loadRoom.js';

/** Whether the author may still edit or delete a message (config.messageEditWindowMinutes after it was sent). */
export const withinEditWindow = (ctx: AppContext, message: Pick<Message, 'createdAt'>): boolean =>
  Date.now() - message.createdAt.getTime() <= ctx.config.messageEditWindowMinutes * 60_000;

export async function loadMessage(ctx: AppContext, actor: Actor, messageId: unknown): Promise<LoadedCommunity & { room: Room; message: Message; withinWindow: boolean }> {
  const id = parseObjectId(messageId, 'The message');
  const message = await ctx.models.Message.findById(id).lean<Message>();
  if (!message || message.state === 'hole') throw notFound('The message');
  const loaded = await loadRoom(ctx, actor, message.roomId);
  return { ...loaded, message, withinWindow: withinEditWindow(ctx, message) };
}
