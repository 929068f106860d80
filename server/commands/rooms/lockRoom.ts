// A moderator locks a live room (only moderators can write) or unlocks it; clients in the room are told at once.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { lockSchema } from '../communities/schemas.js';
import type { Room } from '../../models/room.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadRoom } from './loadRoom.js';

export async function lockRoom(ctx: AppContext, actor: Actor, roomId: unknown, input: unknown): Promise<Room> {
  const { room, access, community } = await loadRoom(ctx, actor, roomId);
  authorize(actor, 'community.moderate', access);
  const data = parseInput(lockSchema, input, 'lock');
  const updated = await ctx.models.Room.findByIdAndUpdate(room._id, { $set: { locked: data.locked } }, { returnDocument: 'after' }).lean<Room>();
  if (!updated) throw notFound('The room');
  await recordAudit(ctx, actor, { action: data.locked ? 'room.lock' : 'room.unlock', subjectType: 'room', subjectId: String(room._id), communityId: community._id, reason: data.reason });
  ctx.events.emit('room.updated', { room: updated });
  return updated;
}
