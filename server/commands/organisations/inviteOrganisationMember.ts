// An organisation admin invites a person (by account or its e-mail address) with a role; the person hears of it
// (in the app and by e-mail, through the notifications) and accepts it to become a member.
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
  const { userId, email, role } = parseInput(inviteMemberSchema, input, 'invitation');
  const person = await ctx.models.User.findOne(userId ? { _id: userId } : { email }, { _id: 1 }).lean();
  if (!person) throw email ? notFound('An account with this e-mail address') : notFound('The person');
  const invitation = await openMembership(ctx, organisation._id, String(person._id), 'invited', role);
  await recordAudit(ctx, actor, { action: 'organisation.invite', subjectType: 'user', subjectId: String(person._id), data: { organisationId: String(organisation._id), role } });
  ctx.events.emit('organisation.invited', { membership: invitation, organisation, byUserId: actor.userId });
  return invitation;
}
