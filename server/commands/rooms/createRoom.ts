// A community moderator opens a standing room or schedules a session (e.g. the monthly exchange meeting).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { createRoomSchema } from './schemas.js';
import type { Room } from '../../models/room.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadCommunity } from '../communities/loadCommunity.js';
import { recordAudit } from '../recordAudit.js';

export async function createRoom(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<Room> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createRoomSchema, input, 'room');
  const created = await ctx.models.Room.create({
    communityId: community._id,
    name: data.name,
    topic: data.topic,
    kind: data.kind,
    scheduledAt: data.scheduledAt ? new Date(data.scheduledAt) : null,
    createdBy: new Types.ObjectId(actor.userId),
  });
  await recordAudit(ctx, actor, { action: 'room.create', subjectType: 'room', subjectId: String(created._id), communityId: community._id });
  return created.toObject();
}
