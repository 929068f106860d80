// Ends a membership: an admin declines a request, withdraws an invitation or removes a member; a person may also
// leave, decline an invitation or withdraw a request themselves. The last organisation admin cannot go.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { authorize, can } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { assertNotLastAdmin } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';

export async function removeOrganisationMember(ctx: AppContext, actor: Actor, idOrSlug: unknown, userId: unknown): Promise<void> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  const targetId = parseObjectId(userId, 'The member');
  if (actor.userId === targetId) authorize(actor, 'organisation.leave', access);
  else authorize(actor, 'organisation.manageMembers', access);
  const key = { organisationId: organisation._id, userId: new Types.ObjectId(targetId) };
  const current = await ctx.models.OrganisationMembership.findOne(key).lean<OrganisationMembership>();
  if (!current) throw notFound('The member');
  await assertNotLastAdmin(ctx, current);
  const removed = await ctx.models.OrganisationMembership.deleteOne({ _id: current._id, state: current.state });
  if (removed.deletedCount === 1 && current.state === 'active') await ctx.models.Organisation.updateOne({ _id: organisation._id }, { $inc: { memberCount: -1 } });
  const self = actor.userId === targetId && !can(actor, 'organisation.manageMembers', access);
  await recordAudit(ctx, actor, { action: self ? 'organisation.leave' : 'organisation.removeMember', subjectType: 'user', subjectId: targetId, data: { organisationId: String(organisation._id), state: current.state } });
}
