// A community's live rooms: standing rooms by name, then scheduled sessions by start time; and their ids alone, for
// the realtime layer when it takes sockets out of them.
import type { Actor, AppContext } from '../../context.js';
import type { Room } from '../../models/room.js';
import { loadCommunityContent } from '../communities/loadCommunity.js';

export async function listRooms(ctx: AppContext, actor: Actor, community: unknown): Promise<Room[]> {
  const loaded = await loadCommunityContent(ctx, actor, community);
  return ctx.models.Room.find({ communityId: loaded.community._id }).sort({ kind: 1, scheduledAt: 1, name: 1 }).limit(200).lean<Room[]>();
}

/** The ids of a community's rooms (no reader check: the realtime layer only takes sockets out of them). */
export async function communityRoomIds(ctx: AppContext, communityId: string): Promise<string[]> {
  const rooms = await ctx.models.Room.find({ communityId }, { _id: 1 }).lean();
  return rooms.map((room) => String(room._id));
}
