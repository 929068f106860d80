// An organisation admin invites a person (by account) with a role; the person accepts it to become a member.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { openMembership } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';
import { inviteMemberSchema } from './schemas.js';

export async function inviteOrganisationMember(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<OrganisationMembership> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.manageMembers', access);
  const { userId, role } = parseInput(inviteMemberSchema, input, 'invitation');
  if (!(await ctx.models.User.exists({ _id: userId }))) throw notFound('The person');
  const invitation = await openMembership(ctx, organisation._id, userId, 'invited', role);
  await recordAudit(ctx, actor, { action: 'organisation.invite', subjectType: 'user', subjectId: userId, data: { organisationId: String(organisation._id), role } });
  return invitation;
}
