// Leaves a community; an owner cannot leave (hand the community over first). Where the community's content is for
// members only, the person's open sockets leave its live rooms, so its broadcasts stop reaching them.
import type { Actor, AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { can } from '../../policies/index.js';
import { userChannel } from '../../realtime/channels.js';
import { accessOf, loadCommunity } from './loadCommunity.js';

export async function leaveCommunity(ctx: AppContext, actor: Actor, communityId: unknown): Promise<void> {
  const { community, membership, access } = await loadCommunity(ctx, actor, communityId);
  if (!membership || membership.state !== 'active') throw new AppError(404, 'not_a_member', 'You are not a member of this community.');
  if (!can(actor, 'community.leave', access)) throw new AppError(403, 'owner_cannot_leave', 'An owner cannot leave; make another member owner first.');
  const removed = await ctx.models.Membership.deleteOne({ _id: membership._id, state: 'active' });
  if (removed.deletedCount === 1) await ctx.models.Community.updateOne({ _id: community._id }, { $inc: { memberCount: -1 } });
  ctx.events.emit('membership.changed', { communityId: String(community._id), userId: String(membership.userId) });
  if (!can(actor, 'community.readContent', accessOf(community, null))) {
    ctx.events.emit('realtime.broadcast', { room: userChannel(String(membership.userId)), event: 'community:removed', payload: { communityId: String(community._id), reason: 'left' } });
  }
}
