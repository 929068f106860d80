// Lists an organisation's members (to its members), or its open requests and invitations (to its admins).
import type { Actor, AppContext } from '../../context.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { loadOrganisation } from './loadOrganisation.js';
import { organisationMemberQuerySchema } from './schemas.js';

export async function listOrganisationMembers(ctx: AppContext, actor: Actor, idOrSlug: unknown, query: unknown): Promise<PageResult<OrganisationMembership>> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  const { state, offset, limit } = parseInput(organisationMemberQuerySchema, query, 'query');
  authorize(actor, state === 'active' ? 'organisation.listMembers' : 'organisation.manageMembers', access);
  return findPage(ctx.models.OrganisationMembership, { organisationId: organisation._id, state }, { createdAt: 1, _id: 1 }, { offset, limit });
}
