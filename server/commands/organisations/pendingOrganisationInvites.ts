// An organisation admin's view of the invitations by e-mail still waiting to be taken (newest first), and withdrawing
// one: a compare-and-set on the open invitation, audited; its link then answers 410 invite_withdrawn.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { OrganisationInvite } from '../../models/organisationInvite.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { recordAudit } from '../recordAudit.js';
import { loadOrganisation } from './loadOrganisation.js';
import { openInviteFilter } from './organisationEmailInvites.js';
import { organisationInviteQuerySchema } from './schemas.js';

export async function listPendingOrganisationInvites(ctx: AppContext, actor: Actor, idOrSlug: unknown, query: unknown): Promise<PageResult<OrganisationInvite>> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.manageMembers', access);
  const { offset, limit } = parseInput(organisationInviteQuerySchema, query, 'query');
  return findPage(ctx.models.OrganisationInvite, { organisationId: organisation._id, ...openInviteFilter() }, { createdAt: -1, _id: -1 }, { offset, limit });
}

export async function withdrawOrganisationInvite(ctx: AppContext, actor: Actor, idOrSlug: unknown, inviteId: unknown): Promise<OrganisationInvite> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.manageMembers', access);
  const id = parseObjectId(inviteId, 'The invitation');
  const withdrawn = await ctx.models.OrganisationInvite.findOneAndUpdate(
    { _id: new Types.ObjectId(id), organisationId: organisation._id, ...openInviteFilter() },
    { $set: { withdrawnAt: new Date(), withdrawnBy: actor.userId ? new Types.ObjectId(actor.userId) : null } },
    { returnDocument: 'after' },
  ).lean<OrganisationInvite>();
  if (!withdrawn) throw notFound('The open invitation');
  await recordAudit(ctx, actor, { action: 'organisation.withdrawEmailInvitation', subjectType: 'organisation', subjectId: String(organisation._id), data: { invitationId: id, role: withdrawn.role } });
  return withdrawn;
}
