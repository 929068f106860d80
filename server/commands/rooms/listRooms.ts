// A community's live rooms: standing rooms by name, then scheduled sessions by start time.
import type { Actor, AppContext } from '../../context.js';
import type { Room } from '../../models/room.js';
import { loadCommunityContent } from '../communities/loadCommunity.js';

export async function listRooms(ctx: AppContext, actor: Actor, communityId: unknown): Promise<Room[]> {
  const { community } = await loadCommunityContent(ctx, actor, communityId);
  return ctx.models.Room.find({ communityId: community._id }).sort({ kind: 1, scheduledAt: 1, name: 1 }).limit(200).lean<Room[]>();
}
