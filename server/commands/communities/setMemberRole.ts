// Owners (and administrators) make members moderators or owners and back; the last owner cannot step down.
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import { setMemberRoleSchema } from './schemas.js';
import type { Membership } from '../../models/membership.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { findMembership, loadCommunity } from './loadCommunity.js';

export async function setMemberRole(ctx: AppContext, actor: Actor, communityId: unknown, userId: unknown, input: unknown): Promise<Membership> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.manageRoles', access);
  const targetId = parseObjectId(userId, 'The member');
  const { role } = parseInput(setMemberRoleSchema, input, 'role change');
  const target = await findMembership(ctx, community._id, targetId);
  if (target?.state !== 'active') throw notFound('The member');
  if (target.role === 'owner' && role !== 'owner') {
    const owners = await ctx.models.Membership.countDocuments({ communityId: community._id, role: 'owner', state: 'active' });
    if (owners <= 1) throw conflict('last_owner', 'A community needs at least one owner: make someone else owner first.');
  }
  const updated = await ctx.models.Membership.findOneAndUpdate({ _id: target._id, state: 'active' }, { $set: { role } }, { returnDocument: 'after' }).lean<Membership>();
  if (!updated) throw notFound('The member');
  ctx.events.emit('membership.changed', { communityId: String(community._id), userId: targetId });
  await recordAudit(ctx, actor, { action: 'membership.setRole', subjectType: 'user', subjectId: targetId, communityId: community._id, data: { from: target.role, to: role } });
  return updated;
}
