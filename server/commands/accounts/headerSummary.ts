// What the header of a signed-in person's pages says about them: how many unread notifications they may see and
// whether they moderate a community. Kept per person until a notification, membership or community is written (on
// this node at once, on another within about a second) or their roles change, so a page view usually asks nothing.
import type { Actor, AppContext } from '../../context.js';
import { keptAnswers } from '../../services/boundedCache.js';
import { moderatesAnyCommunity } from '../communities/moderatedCommunities.js';
import { unreadCount } from '../notifications/notificationCentre.js';

export interface HeaderSummary {
  readonly unreadNotifications: number;
  readonly moderatesCommunities: boolean;
}

const nobody: HeaderSummary = { unreadNotifications: 0, moderatesCommunities: false };
const kept = keptAnswers(20_000, Number.POSITIVE_INFINITY);
const dependsOn = ['notifications', 'memberships', 'communities'];

export async function headerSummary(ctx: AppContext, actor: Actor): Promise<HeaderSummary> {
  if (actor.userId === null) return nobody;
  const key = [actor.userId, actor.roles.join(','), ...dependsOn.map((collection) => ctx.contentGeneration.of(collection))].join('|');
  return kept(ctx, key, async () => {
    const [unreadNotifications, moderatesCommunities] = await Promise.all([unreadCount(ctx, actor), moderatesAnyCommunity(ctx, actor)]);
    return { unreadNotifications, moderatesCommunities };
  });
}
