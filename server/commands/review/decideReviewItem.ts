// A moderator decides a reported item from the review queue, in one step: keep, hide or delete the content, and
// optionally warn, mute or ban its author, with one reason. Everything is checked before anything is written (policy,
// the item's open reports, another moderator's claim); the oldest open report is then closed by compare-and-set, so
// of two moderators deciding at once only one acts. All its open reports close with the outcome (rejected when the
// content is kept and nobody is sanctioned, resolved otherwise), the decision is audited, and reporters are told
// through the flags.decided event.
import type { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound, unauthenticated } from '../../errors.js';
import type { Flag } from '../../models/flag.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { banMember } from '../communities/banMember.js';
import { deletePost } from '../communities/deletePost.js';
import { hidePost } from '../communities/hidePost.js';
import { findMembership, loadCommunity } from '../communities/loadCommunity.js';
import { loadPost } from '../communities/loadThread.js';
import { muteMember } from '../communities/muteMember.js';
import { warnMember } from '../communities/warnMember.js';
import { recordAudit } from '../recordAudit.js';
import { deleteMessage } from '../rooms/deleteMessage.js';
import { loadMessage } from '../rooms/loadMessage.js';
import { closeLeadReport, closeOtherReports, reportClosed, reportClosing } from './closeReports.js';
import { currentClaim, openFlagsOn } from './loadReviewQueue.js';
import { reviewDecisionSchema, type ReviewDecision } from './schemas.js';

export interface ReviewOutcome {
  flags: Flag[];
  outcome: string;
}

async function authorOf(ctx: AppContext, actor: Actor, decision: ReviewDecision): Promise<string> {
  if (decision.subjectType === 'post') return String((await loadPost(ctx, actor, decision.subjectId)).post.authorId);
  return String((await loadMessage(ctx, actor, decision.subjectId)).message.authorId);
}

async function actOnContent(ctx: AppContext, actor: Actor, decision: ReviewDecision): Promise<void> {
  if (decision.content === 'hide') await hidePost(ctx, actor, decision.subjectId, { reason: decision.reason });
  if (decision.content !== 'delete') return;
  if (decision.subjectType === 'post') await deletePost(ctx, actor, decision.subjectId, { reason: decision.reason });
  else await deleteMessage(ctx, actor, decision.subjectId);
}

async function sanctionAuthor(ctx: AppContext, actor: Actor, communityId: Types.ObjectId, authorId: string, decision: ReviewDecision): Promise<void> {
  const reason = decision.reason;
  if (decision.sanction === 'warn') await warnMember(ctx, actor, communityId, authorId, { reason });
  if (decision.sanction === 'mute') await muteMember(ctx, actor, communityId, authorId, { minutes: decision.minutes, reason });
  if (decision.sanction === 'ban') await banMember(ctx, actor, communityId, authorId, { reason });
}

export async function decideReviewItem(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<ReviewOutcome> {
  if (!actor.userId) throw unauthenticated();
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  const decision = parseInput(reviewDecisionSchema, input, 'decision');
  const flags = await openFlagsOn(ctx, community._id, decision);
  if (flags.length === 0) throw reportClosed();
  const claimedBy = currentClaim(flags);
  if (claimedBy && String(claimedBy) !== actor.userId) throw conflict('review_claimed', 'Another moderator is already looking at this report.');
  const authorId = await authorOf(ctx, actor, decision);
  if (decision.sanction !== 'none') {
    const target = await findMembership(ctx, community._id, authorId);
    if (decision.sanction !== 'ban' && target?.state !== 'active') throw notFound('The member');
    authorize(actor, 'community.sanction', { access, targetUserId: authorId, targetRole: target?.state === 'active' ? target.role : null });
  }
  const outcome = `${decision.content}+${decision.sanction}`;
  const closing = reportClosing(actor, outcome, decision.content === 'keep' && decision.sanction === 'none', decision.reason);
  await closeLeadReport(ctx, flags, closing);
  await actOnContent(ctx, actor, decision);
  await sanctionAuthor(ctx, actor, community._id, authorId, decision);
  const decided = await closeOtherReports(ctx, flags, closing);
  await recordAudit(ctx, actor, {
    action: `review.${decision.content}`,
    subjectType: decision.subjectType,
    subjectId: decision.subjectId,
    communityId: community._id,
    reason: decision.reason,
    data: { sanction: decision.sanction, minutes: decision.minutes ?? null, reports: flags.length, authorId },
  });
  ctx.events.emit('flags.decided', { flags: decided, outcome });
  ctx.events.emit('review.changed', { communityId: String(community._id) });
  return { flags: decided, outcome };
}
