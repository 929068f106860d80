// Creates a programme (site organisers and administrators); the creator becomes one of its programme organisers.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import { uniqueSlug } from '../../content/slug.js';
import type { Programme } from '../../models/programme.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { assertOrganisationsExist } from './loadProgramme.js';
import { createProgrammeSchema } from './schemas.js';

const toIds = (ids: readonly string[]): Types.ObjectId[] => ids.map((id) => new Types.ObjectId(id));

export async function createProgramme(ctx: AppContext, actor: Actor, input: unknown): Promise<Programme> {
  authorize(actor, 'programme.create');
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createProgrammeSchema, input, 'programme');
  await assertOrganisationsExist(ctx, data.ownerOrganisationIds, 'ownerOrganisationIds');
  await assertOrganisationsExist(ctx, data.partnerOrganisationIds, 'partnerOrganisationIds');
  const title = Object.values(data.name)[0] ?? 'programme';
  const slug = data.slug ?? (await uniqueSlug(title, async (candidate) => (await ctx.models.Programme.exists({ slug: candidate })) !== null));
  try {
    const created = await ctx.models.Programme.create({
      ...data,
      slug,
      ownerOrganisationIds: toIds(data.ownerOrganisationIds),
      partnerOrganisationIds: toIds(data.partnerOrganisationIds),
      periodStart: new Date(`${data.periodStart}T00:00:00Z`),
      periodEnd: new Date(`${data.periodEnd}T00:00:00Z`),
      roles: [{ userId: new Types.ObjectId(actor.userId), role: 'organiser' }],
      cohort: [],
      createdBy: new Types.ObjectId(actor.userId),
    });
    const programme = created.toObject();
    await recordAudit(ctx, actor, { action: 'programme.create', subjectType: 'programme', subjectId: String(programme._id) });
    return programme;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('slug_taken', `The address "${slug}" is already used by another programme.`);
    throw error;
  }
}
