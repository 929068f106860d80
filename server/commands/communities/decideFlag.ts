// Closes an open flag as resolved or rejected with a note (the community's moderators, or site moderators for
// practices); a flag is decided once, by compare-and-set on its state, and its reporter is told (flags.decided).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound, unauthenticated } from '../../errors.js';
import { resolveFlagSchema } from './schemas.js';
import type { Flag } from '../../models/flag.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadCommunity } from './loadCommunity.js';

export async function decideFlag(ctx: AppContext, actor: Actor, flagId: unknown, input: unknown, outcome: 'resolved' | 'rejected'): Promise<Flag> {
  if (!actor.userId) throw unauthenticated();
  const id = parseObjectId(flagId, 'The flag');
  const flag = await ctx.models.Flag.findById(id).lean<Flag>();
  if (!flag) throw notFound('The flag');
  if (flag.communityId) authorize(actor, 'community.moderate', (await loadCommunity(ctx, actor, flag.communityId)).access);
  else authorize(actor, 'flag.reviewSite');
  const { note } = parseInput(resolveFlagSchema, input, 'decision');
  const decided = await ctx.models.Flag.findOneAndUpdate(
    { _id: flag._id, state: 'open' },
    { $set: { state: outcome, resolutionNote: note, resolvedBy: new Types.ObjectId(actor.userId), resolvedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean<Flag>();
  if (!decided) throw conflict('flag_closed', 'This flag has already been dealt with.');
  await recordAudit(ctx, actor, {
    action: outcome === 'resolved' ? 'flag.resolve' : 'flag.reject',
    subjectType: 'flag',
    subjectId: String(flag._id),
    communityId: flag.communityId ?? undefined,
    reason: note,
    data: { subjectType: flag.subjectType, subjectId: String(flag.subjectId) },
  });
  ctx.events.emit('flags.decided', { flags: [decided], outcome });
  ctx.events.emit('review.changed', { communityId: flag.communityId ? String(flag.communityId) : null });
  return decided;
}
