// A signed-in person asks to join an organisation; an organisation admin approves or declines.
import type { Actor, AppContext } from '../../context.js';
import { conflict, unauthenticated } from '../../errors.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { can } from '../../policies/index.js';
import { recordAudit } from '../recordAudit.js';
import { openMembership } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';

export async function requestOrganisationMembership(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<OrganisationMembership> {
  const { organisation, membership, access } = await loadOrganisation(ctx, actor, idOrSlug);
  if (!actor.userId) throw unauthenticated();
  if (membership?.state === 'pending') return membership;
  if (!can(actor, 'organisation.requestMembership', access)) {
    throw membership?.state === 'invited'
      ? conflict('invitation_waiting', 'You are already invited to this organisation: accept the invitation instead.')
      : conflict('already_member', 'You are already a member of this organisation.');
  }
  const created = await openMembership(ctx, organisation._id, actor.userId, 'pending', 'member');
  await recordAudit(ctx, actor, { action: 'organisation.requestMembership', subjectType: 'organisation', subjectId: String(organisation._id) });
  return created;
}
