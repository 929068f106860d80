// An organisation admin changes an active member's role (member, plan editor, organisation admin); the last admin
// cannot step down, so an organisation always has someone who can administer it.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { assertNotLastAdmin } from './changeMembership.js';
import { loadOrganisation } from './loadOrganisation.js';
import { setOrganisationRoleSchema } from './schemas.js';

export async function setOrganisationMemberRole(ctx: AppContext, actor: Actor, idOrSlug: unknown, userId: unknown, input: unknown): Promise<OrganisationMembership> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.manageMembers', access);
  const targetId = parseObjectId(userId, 'The member');
  const { role } = parseInput(setOrganisationRoleSchema, input, 'role');
  const key = { organisationId: organisation._id, userId: new Types.ObjectId(targetId), state: 'active' as const };
  const current = await ctx.models.OrganisationMembership.findOne(key).lean<OrganisationMembership>();
  if (!current) throw notFound('The member');
  if (role !== 'org-admin') await assertNotLastAdmin(ctx, current);
  const updated = await ctx.models.OrganisationMembership.findOneAndUpdate({ ...key, role: current.role }, { $set: { role } }, { returnDocument: 'after' }).lean<OrganisationMembership>();
  if (!updated) throw conflict('state_changed', 'This membership changed at the same time. Reload and try again.');
  await recordAudit(ctx, actor, { action: 'organisation.setRole', subjectType: 'user', subjectId: targetId, data: { organisationId: String(organisation._id), from: current.role, to: role } });
  return updated;
}
