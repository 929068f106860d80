// Shapes organisations, organisation memberships and invitations by e-mail for the outside (never the token).
import type { Organisation } from '../models/organisation.js';
import type { OrganisationInvite } from '../models/organisationInvite.js';
import type { OrganisationMembership } from '../models/organisationMembership.js';
import { personRef, type DisplayNames } from './displayNames.js';

export function presentOrganisationMembership(membership: OrganisationMembership | null) {
  return membership ? { role: membership.role, state: membership.state } : null;
}

export function presentOrganisation(organisation: Organisation, viewer: OrganisationMembership | null = null) {
  return {
    id: String(organisation._id),
    slug: organisation.slug,
    name: organisation.name,
    type: organisation.type,
    country: organisation.country,
    region: organisation.region,
    identifier: organisation.identifier,
    description: organisation.description,
    memberCount: organisation.memberCount,
    rev: organisation.rev,
    createdAt: organisation.createdAt.toISOString(),
    viewer: presentOrganisationMembership(viewer),
  };
}

export function presentOrganisationMember(membership: OrganisationMembership, names: DisplayNames) {
  return { user: personRef(names, membership.userId), role: membership.role, state: membership.state, since: membership.createdAt.toISOString() };
}

export function presentEmailInvite(invite: OrganisationInvite) {
  return { kind: 'email' as const, id: String(invite._id), email: invite.email, role: invite.role, expiresAt: invite.expiresAt.toISOString(), organisationId: String(invite.organisationId) };
}

/** A pending invitation as its organisation's admins see it: who sent it and when. */
export function presentPendingInvite(invite: OrganisationInvite, names: DisplayNames) {
  return { ...presentEmailInvite(invite), invitedBy: personRef(names, invite.createdBy), createdAt: invite.createdAt.toISOString() };
}
