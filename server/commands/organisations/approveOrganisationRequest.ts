// An organisation admin accepts a person's request to join.
import type { Actor, AppContext } from '../../context.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { authorize } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { activateOpenMembership } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';

export async function approveOrganisationRequest(ctx: AppContext, actor: Actor, idOrSlug: unknown, userId: unknown): Promise<OrganisationMembership> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.manageMembers', access);
  const targetId = parseObjectId(userId, 'The request');
  const membership = await activateOpenMembership(ctx, organisation._id, targetId, 'pending', 'The request');
  await recordAudit(ctx, actor, { action: 'organisation.approveMember', subjectType: 'user', subjectId: targetId, data: { organisationId: String(organisation._id) } });
  return membership;
}
