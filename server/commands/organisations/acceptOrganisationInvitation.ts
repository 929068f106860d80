// The invited person accepts an organisation's invitation and becomes a member with the role it names.
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { can } from '../../policies/index.js';
import { recordAudit } from '../recordAudit.js';
import { activateOpenMembership } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';

export async function acceptOrganisationInvitation(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<OrganisationMembership> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  if (!actor.userId) throw unauthenticated();
  if (!can(actor, 'organisation.acceptInvitation', access)) throw notFound('The invitation');
  const membership = await activateOpenMembership(ctx, organisation._id, actor.userId, 'invited', 'The invitation');
  await recordAudit(ctx, actor, { action: 'organisation.acceptInvitation', subjectType: 'organisation', subjectId: String(organisation._id) });
  return membership;
}
