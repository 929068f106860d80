// Invitations to an organisation by e-mail for people without an account: a single-use link with a random token
// (only its digest is stored), valid for 14 days, mailed in the language the inviter chose. The link survives
// registration (the invitation page sends a new person to register and back); accepting it makes the signed-in
// person a member with the role it names, in one compare-and-set on the invitation.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError, unauthenticated } from '../../errors.js';
import type { InterfaceLocale } from '../../i18n/locales.js';
import { organisationInvitationMail } from '../../mail/accountMails.js';
import { queueMail } from '../../mail/queueMail.js';
import type { Organisation } from '../../models/organisation.js';
import type { OrganisationInvite } from '../../models/organisationInvite.js';
import type { OrganisationMembership, OrganisationRole } from '../../models/organisationMembership.js';
import { digest, newToken } from '../../security/tokens.js';
import { recordAudit } from '../recordAudit.js';
import { activateOpenMembership, openMembership } from './changeMembership.js';
import { findOrganisationMembership } from './loadOrganisation.js';

export const emailInviteValidDays = 14;

const invalid = (): AppError => new AppError(404, 'invite_invalid', 'This invitation link is not valid: it may have expired or been used up.');
const withdrawn = (): AppError => new AppError(410, 'invite_withdrawn', 'The organisation withdrew this invitation. Ask its administrators for a new one.');
/** The filter of an invitation that can still be taken. */
export const openInviteFilter = () => ({ acceptedAt: null, withdrawnAt: null, expiresAt: { $gt: new Date() } });

interface EmailInvitation {
  readonly organisation: Organisation;
  readonly email: string;
  readonly role: OrganisationRole;
  readonly locale: InterfaceLocale;
}

/** Creates the invitation and queues its mail (the caller has checked that the actor manages the organisation's members). */
export async function inviteByEmailToOrganisation(ctx: AppContext, actor: Actor, invitation: EmailInvitation): Promise<OrganisationInvite> {
  const { organisation, email, role, locale } = invitation;
  if (!actor.userId) throw unauthenticated();
  const token = newToken(24);
  const created = await ctx.models.OrganisationInvite.create({
    tokenDigest: digest(token), organisationId: organisation._id, email, role, createdBy: new Types.ObjectId(actor.userId),
    expiresAt: new Date(Date.now() + emailInviteValidDays * 86_400_000),
  });
  await queueMail(ctx, organisationInvitationMail(ctx.config, email, locale, { inviter: actor.displayName ?? '', organisation: organisation.name, role, token, days: emailInviteValidDays }));
  await recordAudit(ctx, actor, { action: 'organisation.inviteByEmail', subjectType: 'organisation', subjectId: String(organisation._id), data: { role, invitationId: String(created._id) } });
  return created.toObject();
}

/** The open invitation a link names, with its organisation (404 invite_invalid when unknown, expired or used; 410 invite_withdrawn). */
export async function readOrganisationInvite(ctx: AppContext, token: unknown): Promise<{ invite: OrganisationInvite; organisation: Organisation }> {
  if (typeof token !== 'string' || !/^[\w-]{10,100}$/.test(token)) throw invalid();
  const invite = await ctx.models.OrganisationInvite.findOne({ tokenDigest: digest(token) }).lean<OrganisationInvite>();
  if (invite?.withdrawnAt) throw withdrawn();
  const organisation = invite && !invite.acceptedAt && invite.expiresAt > new Date() ? await ctx.models.Organisation.findById(invite.organisationId).lean<Organisation>() : null;
  if (!invite || !organisation) throw invalid();
  return { invite, organisation };
}

/** The signed-in person takes the invitation: a member with its role (an active member stays as they are). */
export async function acceptOrganisationEmailInvite(ctx: AppContext, actor: Actor, token: unknown): Promise<{ organisation: Organisation; membership: OrganisationMembership }> {
  if (!actor.userId) throw unauthenticated();
  const { invite, organisation } = await readOrganisationInvite(ctx, token);
  const existing = await findOrganisationMembership(ctx, organisation._id, actor.userId);
  const used = await ctx.models.OrganisationInvite.updateOne(
    { _id: invite._id, ...openInviteFilter() },
    { $set: { acceptedAt: new Date(), acceptedBy: new Types.ObjectId(actor.userId) } },
  );
  if (used.modifiedCount !== 1) throw invalid();
  const membership = existing?.state === 'active' ? existing : await joinWithRole(ctx, organisation._id, actor.userId, existing, invite.role);
  await recordAudit(ctx, actor, { action: 'organisation.acceptEmailInvitation', subjectType: 'organisation', subjectId: String(organisation._id), data: { invitationId: String(invite._id), role: invite.role } });
  return { organisation, membership };
}

/** An open membership (asked for or invited) or none becomes an active one with the role. */
async function joinWithRole(ctx: AppContext, organisationId: Types.ObjectId, userId: string, open: OrganisationMembership | null, role: OrganisationRole): Promise<OrganisationMembership> {
  if (open) await ctx.models.OrganisationMembership.updateOne({ _id: open._id, state: open.state }, { $set: { role } });
  else await openMembership(ctx, organisationId, userId, 'invited', role);
  return activateOpenMembership(ctx, organisationId, userId, open?.state === 'pending' ? 'pending' : 'invited', 'The invitation');
}
