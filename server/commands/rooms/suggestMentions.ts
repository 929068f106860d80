// Whom a room's composer offers after "@": active members of the room's community whose handle, or a word of whose
// name, starts with what was typed, at most eight, alphabetically; for people who may write in the room. The
// mention itself is the @handle (content/mentions.ts parses it; the notification work reacts to message.created).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { escapeRegExp } from '../../content/escapeRegExp.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadLiveRoom } from './liveRoomState.js';
import { mentionQuerySchema } from './schemas.js';

const shown = 8;
const candidates = 50;

export interface MentionSuggestion {
  userId: string;
  displayName: string;
  handle: string;
}

export async function suggestMentions(ctx: AppContext, actor: Actor, roomId: unknown, query: unknown): Promise<MentionSuggestion[]> {
  const { community, access } = await loadLiveRoom(ctx, actor, roomId);
  authorize(actor, 'community.participate', access);
  const { q } = parseInput(mentionQuerySchema, query, 'query');
  const start = escapeRegExp(q.replace(/^@/, ''));
  const users = await ctx.models.User.find(
    { status: { $ne: 'deleted' }, handle: { $exists: true }, $or: [{ handle: { $regex: `^${start}`, $options: 'i' } }, { displayName: { $regex: `(^|\\s)${start}`, $options: 'i' } }] },
    { displayName: 1, handle: 1 },
  )
    .limit(candidates)
    .lean<{ _id: Types.ObjectId; displayName: string; handle: string }[]>();
  const members = await ctx.models.Membership.find({ communityId: community._id, state: 'active', userId: { $in: users.map((user) => user._id) } }, { userId: 1 }).lean();
  const memberIds = new Set(members.map((member) => String(member.userId)));
  return users
    .filter((user) => memberIds.has(String(user._id)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .slice(0, shown)
    .map((user) => ({ userId: String(user._id), displayName: user.displayName, handle: user.handle }));
}
