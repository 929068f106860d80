// The reports a person made, newest first, with what moderators decided: the reporter sees the outcome.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import type { Community } from '../../models/community.js';
import type { Flag } from '../../models/flag.js';

const shown = 20;

export async function listOwnReports(ctx: AppContext, actor: Actor): Promise<{ flags: Flag[]; communities: Map<string, Community> }> {
  if (!actor.userId) throw unauthenticated();
  const flags = await ctx.models.Flag.find({ reporterId: new Types.ObjectId(actor.userId) }).sort({ createdAt: -1 }).limit(shown).lean<Flag[]>();
  const ids = [...new Set(flags.flatMap((flag) => (flag.communityId ? [String(flag.communityId)] : [])))];
  const communities = await ctx.models.Community.find({ _id: { $in: ids } }).lean<Community[]>();
  return { flags, communities: new Map(communities.map((community) => [String(community._id), community])) };
}
