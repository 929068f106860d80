// Programme organisers add an organisation to the programme's cohort, or take it out.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Programme } from '../../models/programme.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { assertOrganisationsExist, loadProgramme } from './loadProgramme.js';
import { cohortMemberSchema } from './schemas.js';

export async function changeCohort(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown, change: 'add' | 'remove'): Promise<Programme> {
  const { programme, access } = await loadProgramme(ctx, actor, idOrSlug);
  authorize(actor, 'programme.manageCohort', access);
  const { organisationId } = parseInput(cohortMemberSchema, input, 'cohort member');
  const orgId = new Types.ObjectId(organisationId);
  let updated: Programme | null;
  if (change === 'add') {
    await assertOrganisationsExist(ctx, [organisationId], 'organisationId');
    updated = await ctx.models.Programme.findOneAndUpdate(
      { _id: programme._id, 'cohort.organisationId': { $ne: orgId } },
      { $push: { cohort: { organisationId: orgId, joinedAt: new Date() } } },
      { returnDocument: 'after' },
    ).lean<Programme>();
    updated ??= await ctx.models.Programme.findById(programme._id).lean<Programme>();
  } else {
    updated = await ctx.models.Programme.findOneAndUpdate({ _id: programme._id }, { $pull: { cohort: { organisationId: orgId } } }, { returnDocument: 'after' }).lean<Programme>();
  }
  if (!updated) throw notFound('The programme');
  await recordAudit(ctx, actor, { action: `programme.cohort.${change}`, subjectType: 'organisation', subjectId: organisationId, data: { programmeId: String(programme._id) } });
  return updated;
}
