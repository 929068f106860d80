// A moderator claims a reported item ("I am on it") or lets it go, so two moderators do not act on it twice; a claim
// lapses after claimLapseMs. Taking over someone else's live claim is refused (409 review_claimed).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, unauthenticated } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadCommunity } from '../communities/loadCommunity.js';
import { reportClosed } from './closeReports.js';
import { claimLapseMs, openFlagsOn } from './loadReviewQueue.js';
import { claimReviewSchema } from './schemas.js';

export async function claimReviewItem(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  const { claim, ...subject } = parseInput(claimReviewSchema, input, 'claim');
  const flags = await openFlagsOn(ctx, community._id, subject);
  if (flags.length === 0) throw reportClosed();
  const me = new Types.ObjectId(actor.userId);
  const ids = flags.map((flag) => flag._id);
  if (claim) {
    const lapsed = new Date(Date.now() - claimLapseMs);
    const free = { $or: [{ claimedBy: null }, { claimedBy: me }, { claimedAt: { $lt: lapsed } }] };
    const taken = await ctx.models.Flag.updateMany({ _id: { $in: ids }, state: 'open', ...free }, { $set: { claimedBy: me, claimedAt: new Date() } });
    if (taken.modifiedCount === 0) throw conflict('review_claimed', 'Another moderator is already looking at this report.');
  } else {
    await ctx.models.Flag.updateMany({ _id: { $in: ids }, claimedBy: me }, { $set: { claimedBy: null, claimedAt: null } });
  }
  ctx.events.emit('review.changed', { communityId: String(community._id) });
}
