// A moderator warns a member about their conduct with a message for them: recorded in the audit trail (it becomes
// part of their record in the community) and announced, so the member is told (live, and by the notification work).
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { warnMemberSchema } from './schemas.js';
import { authorize } from '../../policies/index.js';
import { userChannel } from '../../realtime/channels.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { findMembership, loadCommunity } from './loadCommunity.js';

export async function warnMember(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown, input: unknown): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  const targetId = parseObjectId(userId, 'The member');
  const target = await findMembership(ctx, community._id, targetId);
  if (target?.state !== 'active') throw notFound('The member');
  authorize(actor, 'community.sanction', { access, targetUserId: targetId, targetRole: target.role });
  const { reason } = parseInput(warnMemberSchema, input, 'warning');
  await recordAudit(ctx, actor, { action: 'membership.warn', subjectType: 'user', subjectId: targetId, communityId: community._id, reason });
  ctx.events.emit('member.warned', { communityId: String(community._id), userId: targetId, reason, byUserId: actor.userId });
  ctx.events.emit('realtime.broadcast', { room: userChannel(targetId), event: 'community:warned', payload: { communityId: String(community._id), reason } });
}
