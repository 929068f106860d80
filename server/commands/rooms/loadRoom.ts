// Loads a live room with its community access; a reader who may not see the community's content gets 404.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Room } from '../../models/room.js';
import { parseObjectId } from '../../validation.js';
import { loadCommunityContent, type LoadedCommunity } from '../communities/loadCommunity.js';

export async function loadRoom(ctx: AppContext, actor: Actor, roomId: unknown): Promise<LoadedCommunity & { room: Room }> {
  const id = parseObjectId(roomId instanceof Types.ObjectId ? String(roomId) : roomId, 'The room');
  const room = await ctx.models.Room.findById(id).lean<Room>();
  if (!room) throw notFound('The room');
  return { ...(await loadCommunityContent(ctx, actor, room.communityId, 'The room')), room };
}
