// Loads an organisation (by id or slug) with the actor's membership and the access summary the policies decide on.
import { Types } from 'mongoose';
import { idOrSlugFilter } from '../shared/idOrSlug.js';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Organisation } from '../../models/organisation.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import type { OrganisationAccess } from '../../policies/organisationPolicy.js';

export interface LoadedOrganisation {
  organisation: Organisation;
  membership: OrganisationMembership | null;
  access: OrganisationAccess;
}

export function organisationAccessOf(membership: Pick<OrganisationMembership, 'role' | 'state'> | null): OrganisationAccess {
  return { membership: membership ? { role: membership.role, state: membership.state } : null };
}

export async function findOrganisationMembership(ctx: AppContext, organisationId: Types.ObjectId | string, userId: string | null): Promise<OrganisationMembership | null> {
  if (!userId) return null;
  return ctx.models.OrganisationMembership.findOne({ organisationId: new Types.ObjectId(String(organisationId)), userId: new Types.ObjectId(userId) }).lean<OrganisationMembership>();
}

/** The organisation named by id or slug (404 when there is none) with the actor's membership. */
export async function loadOrganisation(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<LoadedOrganisation> {
  const filter = idOrSlugFilter(idOrSlug, 'The organisation');
  const organisation = await ctx.models.Organisation.findOne(filter).lean<Organisation>();
  if (!organisation) throw notFound('The organisation');
  const membership = await findOrganisationMembership(ctx, organisation._id, actor.userId);
  return { organisation, membership, access: organisationAccessOf(membership) };
}

/** The active memberships of a person, for policies that ask "does this person belong to organisation X". */
export async function activeOrganisationRoles(ctx: AppContext, userId: string | null): Promise<Map<string, OrganisationMembership['role']>> {
  if (!userId) return new Map();
  const memberships = await ctx.models.OrganisationMembership.find({ userId: new Types.ObjectId(userId), state: 'active' }).lean<OrganisationMembership[]>();
  return new Map(memberships.map((m) => [String(m.organisationId), m.role]));
}

/** The organisation a practice, resource or plan belongs to (null when none or gone), for linking to its page. */
export async function findItemOrganisation(ctx: AppContext, organisationId: Types.ObjectId | null | undefined): Promise<Organisation | null> {
  if (!organisationId) return null;
  return ctx.models.Organisation.findById(organisationId).lean<Organisation>();
}
