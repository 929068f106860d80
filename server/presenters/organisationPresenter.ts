// Shapes organisations and organisation memberships for the outside.
import type { Organisation } from '../models/organisation.js';
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
