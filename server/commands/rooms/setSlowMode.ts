// A moderator sets slow mode on a room (N seconds between one member's messages; 0 switches it off), recording
// who set it and why; moderators are exempt.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { slowModeSchema } from './schemas.js';
import type { Room } from '../../models/room.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadRoom } from './loadRoom.js';

export async function setSlowMode(ctx: AppContext, actor: Actor, roomId: unknown, input: unknown): Promise<Room> {
  const { room, access, community } = await loadRoom(ctx, actor, roomId);
  authorize(actor, 'community.moderate', access);
  if (!actor.userId) throw unauthenticated();
  const { seconds, reason } = parseInput(slowModeSchema, input, 'slow mode');
  const updated = await ctx.models.Room.findByIdAndUpdate(
    room._id,
    { $set: { slowModeSeconds: seconds, slowModeSetBy: new Types.ObjectId(actor.userId), slowModeReason: seconds > 0 ? reason : null } },
    { returnDocument: 'after' },
  ).lean<Room>();
  if (!updated) throw notFound('The room');
  await recordAudit(ctx, actor, { action: 'room.slowMode', subjectType: 'room', subjectId: String(room._id), communityId: community._id, reason, data: { seconds } });
  ctx.events.emit('room.updated', { room: updated });
  return updated;
}
