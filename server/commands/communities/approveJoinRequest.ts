// A moderator accepts a pending request to join.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Membership } from '../../models/membership.js';
import { authorize } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { activateMembership } from './activateMembership.js';
import { findMembership, loadCommunity } from './loadCommunity.js';

export async function approveJoinRequest(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown): Promise<Membership> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  const targetId = parseObjectId(userId, 'The join request');
  const request = await findMembership(ctx, community._id, targetId);
  if (request?.state !== 'pending') throw notFound('The join request');
  const membership = await activateMembership(ctx, community._id, targetId);
  await recordAudit(ctx, actor, { action: 'membership.approve', subjectType: 'user', subjectId: targetId, communityId: community._id });
  return membership;
}
