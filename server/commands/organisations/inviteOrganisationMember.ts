// An organisation admin invites a person (by account or e-mail address) with a role: a person with an account hears
// of it (in the app and by e-mail, through the notifications) and accepts it to become a member; an address without
// an account gets a single-use invitation link that survives registration (organisationEmailInvites.ts).
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { OrganisationInvite } from '../../models/organisationInvite.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { openMembership } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';
import { inviteByEmailToOrganisation } from './organisationEmailInvites.js';
import { inviteMemberSchema } from './schemas.js';

export type OrganisationInvitation = { readonly kind: 'account'; readonly membership: OrganisationMembership } | { readonly kind: 'email'; readonly invite: OrganisationInvite };

export async function inviteOrganisationMember(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<OrganisationInvitation> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.manageMembers', access);
  const { userId, email, role, locale } = parseInput(inviteMemberSchema, input, 'invitation');
  const person = await ctx.models.User.findOne(userId ? { _id: userId } : { email }, { _id: 1 }).lean();
  if (!person && email) return { kind: 'email', invite: await inviteByEmailToOrganisation(ctx, actor, { organisation, email, role, locale }) };
  if (!person) throw notFound('The person');
  const invitation = await openMembership(ctx, organisation._id, String(person._id), 'invited', role);
  await recordAudit(ctx, actor, { action: 'organisation.invite', subjectType: 'user', subjectId: String(person._id), data: { organisationId: String(organisation._id), role } });
  ctx.events.emit('organisation.invited', { membership: invitation, organisation, byUserId: actor.userId });
  return { kind: 'account', membership: invitation };
}
