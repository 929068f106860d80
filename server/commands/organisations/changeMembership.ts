// Moves one organisation membership from an expected state to active, or creates it, exactly once under races:
// the unique (organisation, user) index decides who inserts, a state compare-and-set who activates; memberCount
// moves only with a real activation.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError, notFound } from '../../errors.js';
import type { OrganisationMembership, OrganisationMembershipState, OrganisationRole } from '../../models/organisationMembership.js';

const keyOf = (organisationId: Types.ObjectId, userId: string) => ({ organisationId, userId: new Types.ObjectId(userId) });

/** Creates a pending request or an invitation; 409 `already_member` when the person already has a membership. */
export async function openMembership(
  ctx: AppContext,
  organisationId: Types.ObjectId,
  userId: string,
  state: Exclude<OrganisationMembershipState, 'active'>,
  role: OrganisationRole,
): Promise<OrganisationMembership> {
  try {
    return (await ctx.models.OrganisationMembership.create({ ...keyOf(organisationId, userId), role, state })).toObject();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw conflict('already_member', 'This person is already a member of the organisation, or already asked or was invited.');
  }
}

/** pending/invited → active; 404 when there is no such open membership. */
export async function activateOpenMembership(
  ctx: AppContext,
  organisationId: Types.ObjectId,
  userId: string,
  from: Exclude<OrganisationMembershipState, 'active'>,
  what: string,
): Promise<OrganisationMembership> {
  const activated = await ctx.models.OrganisationMembership.findOneAndUpdate(
    { ...keyOf(organisationId, userId), state: from },
    { $set: { state: 'active' } },
    { returnDocument: 'after' },
  ).lean<OrganisationMembership>();
  if (!activated) throw notFound(what);
  await ctx.models.Organisation.updateOne({ _id: organisationId }, { $inc: { memberCount: 1 } });
  return activated;
}

/** 409 `last_admin` when `membership` is the organisation's only active admin (it may not step down or leave). */
export async function assertNotLastAdmin(ctx: AppContext, membership: OrganisationMembership): Promise<void> {
  if (membership.state !== 'active' || membership.role !== 'org-admin') return;
  const admins = await ctx.models.OrganisationMembership.countDocuments({ organisationId: membership.organisationId, state: 'active', role: 'org-admin' });
  if (admins <= 1) throw conflict('last_admin', 'An organisation needs at least one organisation admin: name another one first.');
}
