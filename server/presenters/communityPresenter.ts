// Shapes communities, memberships and invites for the outside.
import type { Community } from '../models/community.js';
import type { Invite } from '../models/invite.js';
import type { Membership } from '../models/membership.js';
import { personRef, type DisplayNames } from './displayNames.js';

export function presentViewerMembership(membership: Membership | null) {
  if (!membership) return null;
  const muted = membership.mutedUntil && membership.mutedUntil > new Date() ? membership.mutedUntil.toISOString() : null;
  return { role: membership.role, state: membership.state, mutedUntil: muted };
}

export function presentCommunity(community: Community, viewer: Membership | null = null) {
  return {
    id: String(community._id),
    slug: community.slug,
    name: community.name,
    description: community.description,
    descriptionHtml: community.descriptionHtml,
    language: community.language,
    visibility: community.visibility,
    joinPolicy: community.joinPolicy,
    firstPostQueue: community.firstPostQueue,
    memberCount: community.memberCount,
    createdAt: community.createdAt.toISOString(),
    viewer: presentViewerMembership(viewer),
  };
}

export function presentMember(membership: Membership, names: DisplayNames) {
  return {
    user: personRef(names, membership.userId),
    ...presentViewerMembership(membership),
    mutedReason: membership.mutedUntil && membership.mutedUntil > new Date() ? membership.mutedReason : null,
    since: membership.createdAt.toISOString(),
  };
}

export function presentInvite(invite: Invite, token?: string) {
  return {
    id: String(invite._id),
    communityId: String(invite.communityId),
    expiresAt: invite.expiresAt.toISOString(),
    maxUses: invite.maxUses,
    uses: invite.uses,
    ...(token ? { token, path: `/invites/${token}` } : {}),
  };
}
