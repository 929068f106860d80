// Checks that the actor may follow a community's review queue live (its moderators); answers the community's id.
import type { Actor, AppContext } from '../../context.js';
import { authorize } from '../../policies/index.js';
import { loadCommunity } from '../communities/loadCommunity.js';

export async function watchReviewQueue(ctx: AppContext, actor: Actor, communityId: unknown): Promise<string> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  return String(community._id);
}
