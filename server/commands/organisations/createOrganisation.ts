// Founds an organisation; the founder becomes its organisation admin.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import { uniqueSlug } from '../../content/slug.js';
import type { Organisation } from '../../models/organisation.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { createOrganisationSchema } from './schemas.js';

export async function createOrganisation(ctx: AppContext, actor: Actor, input: unknown): Promise<Organisation> {
  authorize(actor, 'organisation.create');
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createOrganisationSchema, input, 'organisation');
  const slug = await uniqueSlug(data.name, async (candidate) => (await ctx.models.Organisation.exists({ slug: candidate })) !== null);
  let organisation: Organisation;
  try {
    const created = await ctx.models.Organisation.create({ ...data, identifier: data.identifier ?? null, slug, memberCount: 1, createdBy: new Types.ObjectId(actor.userId) });
    organisation = created.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('slug_taken', `The address "${slug}" is already used by another organisation.`);
    throw error;
  }
  await ctx.models.OrganisationMembership.create({ organisationId: organisation._id, userId: new Types.ObjectId(actor.userId), role: 'org-admin', state: 'active' });
  await recordAudit(ctx, actor, { action: 'organisation.create', subjectType: 'organisation', subjectId: String(organisation._id) });
  return organisation;
}
