// Who may do what in communities, threads, rooms and flags. Moderators and owners act only within their own
// community (their membership is the subject); site administrators act everywhere.
import type { Actor } from '../context.js';
import type { MemberRole, MembershipState } from '../models/membership.js';
import { hasRole, isAdmin, isOrganiser, isSelf, isSignedIn } from './roles.js';

/** What a policy needs to know about a community and the actor's membership in it. */
export interface CommunityAccess {
  readonly visibility: 'public' | 'members-only';
  readonly membership: { readonly role: MemberRole; readonly state: MembershipState } | null;
}

/** A piece of community content with its author, for edit and delete decisions. */
export interface AuthoredContent {
  readonly access: CommunityAccess;
  readonly authorId: string;
  /** For live messages: whether the author's edit/delete window is still open. */
  readonly withinWindow?: boolean;
}

/** A moderation action on another member. */
export interface SanctionTarget {
  readonly access: CommunityAccess;
  readonly targetUserId: string;
  readonly targetRole: MemberRole | null;
}

const isActiveMember = (s: Pick<CommunityAccess, 'membership'>): boolean => s.membership?.state === 'active';
const isOwnerOf = (s: CommunityAccess): boolean => isActiveMember(s) && s.membership?.role === 'owner';
const isModeratorOf = (s: Pick<CommunityAccess, 'membership'>): boolean =>
  isActiveMember(s) && (s.membership?.role === 'moderator' || s.membership?.role === 'owner');
const moderates = (actor: Actor, s: CommunityAccess): boolean => isModeratorOf(s) || isAdmin(actor);
const participates = (actor: Actor, s: CommunityAccess): boolean => isSignedIn(actor) && isActiveMember(s);

export const communityRules = {
  'community.create': (actor: Actor) => isOrganiser(actor),
  'community.update': (actor: Actor, s: CommunityAccess) => isOwnerOf(s) || isAdmin(actor),
  'community.readContent': (actor: Actor, s: CommunityAccess) => s.visibility === 'public' || isActiveMember(s) || isAdmin(actor),
  'community.join': (actor: Actor, s: CommunityAccess) => isSignedIn(actor) && s.membership?.state !== 'banned',
  'community.leave': (actor: Actor, s: CommunityAccess) => participates(actor, s) && s.membership?.role !== 'owner',
  'community.participate': (actor: Actor, s: CommunityAccess) => participates(actor, s),
  'community.moderate': (actor: Actor, s: CommunityAccess) => moderates(actor, s),
  'community.manageRoles': (actor: Actor, s: CommunityAccess) => isOwnerOf(s) || isAdmin(actor),
  'community.sanction': (actor: Actor, s: SanctionTarget) =>
    moderates(actor, s.access) &&
    !isSelf(actor, s.targetUserId) &&
    s.targetRole !== 'owner' &&
    (s.targetRole !== 'moderator' || isOwnerOf(s.access) || isAdmin(actor)),
  'content.edit': (actor: Actor, s: AuthoredContent) => (isSelf(actor, s.authorId) && participates(actor, s.access)) || moderates(actor, s.access),
  'content.delete': (actor: Actor, s: AuthoredContent) => (isSelf(actor, s.authorId) && participates(actor, s.access)) || moderates(actor, s.access),
  'content.viewQueued': (actor: Actor, s: AuthoredContent) => isSelf(actor, s.authorId) || moderates(actor, s.access),
  'message.edit': (actor: Actor, s: AuthoredContent) => isSelf(actor, s.authorId) && participates(actor, s.access) && s.withinWindow === true,
  'message.delete': (actor: Actor, s: AuthoredContent) =>
    (isSelf(actor, s.authorId) && participates(actor, s.access) && s.withinWindow === true) || moderates(actor, s.access),
  'flag.create': (actor: Actor, s: CommunityAccess) =>
    isSignedIn(actor) && (s.visibility === 'public' || isActiveMember(s) || isAdmin(actor)) && s.membership?.state !== 'banned',
  'flag.reviewSite': (actor: Actor) => hasRole(actor, 'moderator') || isAdmin(actor),
  /** The moderation dashboard: site moderators, organisers and administrators, and whoever moderates a community. */
  /** A community is on a person's moderation dashboard when their own membership moderates or owns it. */
  'moderation.listCommunity': (_actor: Actor, s: Pick<CommunityAccess, 'membership'>) => isModeratorOf(s),
  'moderation.viewDashboard': (actor: Actor, s: { readonly moderatesCommunities: boolean }) =>
    s.moderatesCommunities || hasRole(actor, 'moderator') || isOrganiser(actor),
  'flag.createSite': (actor: Actor) => isSignedIn(actor),
};
