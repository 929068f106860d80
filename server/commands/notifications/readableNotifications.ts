// Asks the policy again when a notification is shown or mailed: one that comes from a community its person may no
// longer read is left out. Works for many people at once (the digest) with one query per kind of record.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Community } from '../../models/community.js';
import type { Membership } from '../../models/membership.js';
import type { Notification } from '../../models/notification.js';
import { can } from '../../policies/index.js';
import { accessOf } from '../communities/loadCommunity.js';

/** `actors` maps each person's id to who they are now; notifications of anyone not in it are left out. */
export async function readableNotifications(ctx: AppContext, actors: ReadonlyMap<string, Actor>, notifications: readonly Notification[]): Promise<Notification[]> {
  const communityIds = [...new Set(notifications.flatMap((item) => (item.communityId ? [String(item.communityId)] : [])))];
  if (communityIds.length === 0) return notifications.filter((item) => actors.has(String(item.userId)));
  const [communities, memberships] = await Promise.all([
    ctx.models.Community.find({ _id: { $in: communityIds } }, { visibility: 1 }).lean<Community[]>(),
    ctx.models.Membership.find({ communityId: { $in: communityIds }, userId: { $in: [...actors.keys()].map((id) => new Types.ObjectId(id)) } }, { communityId: 1, userId: 1, role: 1, state: 1 }).lean<Membership[]>(),
  ]);
  const communityOf = new Map(communities.map((community) => [String(community._id), community]));
  const membershipOf = new Map(memberships.map((membership) => [`${String(membership.userId)}|${String(membership.communityId)}`, membership]));
  return notifications.filter((item) => {
    const actor = actors.get(String(item.userId));
    if (!actor) return false;
    if (!item.communityId) return true;
    const community = communityOf.get(String(item.communityId));
    const membership = membershipOf.get(`${String(item.userId)}|${String(item.communityId)}`) ?? null;
    return community !== undefined && can(actor, 'community.readContent', accessOf(community, membership));
  });
}
