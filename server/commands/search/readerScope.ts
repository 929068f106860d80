// Which community-only content a reader may find: decided by the community policy for each of the reader's
// memberships, so search admits exactly what the community pages admit.
import type { AppContext, Actor } from '../../context.js';
import type { ReaderScope } from '../../search/filters.js';
import { can } from '../../policies/index.js';

export async function readerScope(ctx: AppContext, actor: Actor): Promise<ReaderScope> {
  if (can(actor, 'community.readContent', { visibility: 'members-only', membership: null })) return { allCommunities: true };
  if (!actor.userId) return { allCommunities: false, communityIds: [] };
  const memberships = await ctx.models.Membership.find({ userId: actor.userId }, { communityId: 1, role: 1, state: 1 }).lean();
  const communityIds = memberships
    .filter((membership) => can(actor, 'community.readContent', { visibility: 'members-only', membership: { role: membership.role, state: membership.state } }))
    .map((membership) => String(membership.communityId));
  return { allCommunities: false, communityIds };
}
