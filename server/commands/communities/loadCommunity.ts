// Loads a community with the actor's membership and the access summary policies decide on; shared by every
// community, thread and room command.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Community } from '../../models/community.js';
import type { Membership } from '../../models/membership.js';
import { can } from '../../policies/index.js';
import type { CommunityAccess } from '../../policies/communityPolicy.js';
import { parseObjectId } from '../../validation.js';

export interface LoadedCommunity {
  community: Community;
  membership: Membership | null;
  access: CommunityAccess;
}

export function accessOf(community: Pick<Community, 'visibility'>, membership: Pick<Membership, 'role' | 'state'> | null): CommunityAccess {
  return { visibility: community.visibility, membership: membership ? { role: membership.role, state: membership.state } : null };
}

export async function findMembership(ctx: AppContext, communityId: Types.ObjectId | string, userId: string | null): Promise<Membership | null> {
  if (!userId) return null;
  return ctx.models.Membership.findOne({ communityId: new Types.ObjectId(String(communityId)), userId: new Types.ObjectId(userId) }).lean<Membership>();
}

/** The community (404 if there is none) with the actor's membership; the community itself is visible to everyone. */
export async function loadCommunity(ctx: AppContext, actor: Actor, communityId: unknown): Promise<LoadedCommunity> {
  const id = parseObjectId(communityId instanceof Types.ObjectId ? String(communityId) : communityId, 'The community');
  const [community, membership] = await Promise.all([ctx.models.Community.findById(id).lean<Community>(), findMembership(ctx, id, actor.userId)]);
  if (!community) throw notFound('The community');
  return { community, membership, access: accessOf(community, membership) };
}

function isLoadedCommunity(ref: unknown): ref is LoadedCommunity {
  return typeof ref === 'object' && ref !== null && 'community' in ref && 'access' in ref;
}

/**
 * As loadCommunity, but a reader who may not see the community's content gets 404 (its existence is not leaked).
 * A page that loaded the community for this actor already passes it instead of an id, saving the second read.
 */
export async function loadCommunityContent(ctx: AppContext, actor: Actor, ref: unknown, what = 'The community'): Promise<LoadedCommunity> {
  const loaded = isLoadedCommunity(ref) ? ref : await loadCommunity(ctx, actor, ref);
  if (!can(actor, 'community.readContent', loaded.access)) throw notFound(what);
  return loaded;
}
