// Edits a programme (its organisers); with `rev` the edit is refused when someone else saved first, and the period
// must stay in order with the stored dates it is not changing.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { Programme } from '../../models/programme.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { updateAtRevision } from '../shared/updateAtRevision.js';
import { assertOrganisationsExist, loadProgramme } from './loadProgramme.js';
import { updateProgrammeSchema } from './schemas.js';

const dayOf = (value: string): Date => new Date(`${value}T00:00:00Z`);

export async function updateProgramme(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<Programme> {
  const { programme, access } = await loadProgramme(ctx, actor, idOrSlug);
  authorize(actor, 'programme.update', access);
  const { rev, periodStart, periodEnd, ownerOrganisationIds, partnerOrganisationIds, ...texts } = parseInput(updateProgrammeSchema, input, 'programme');
  const start = periodStart ? dayOf(periodStart) : programme.periodStart;
  const end = periodEnd ? dayOf(periodEnd) : programme.periodEnd;
  if (end < start) throw badRequest('dates_out_of_order', 'The programme period must end on or after its start.', [{ path: 'periodEnd', message: 'is before the start' }]);
  if (ownerOrganisationIds) await assertOrganisationsExist(ctx, ownerOrganisationIds, 'ownerOrganisationIds');
  if (partnerOrganisationIds) await assertOrganisationsExist(ctx, partnerOrganisationIds, 'partnerOrganisationIds');
  const set: Record<string, unknown> = { ...texts, periodStart: start, periodEnd: end };
  if (ownerOrganisationIds) set.ownerOrganisationIds = ownerOrganisationIds.map((id) => new Types.ObjectId(id));
  if (partnerOrganisationIds) set.partnerOrganisationIds = partnerOrganisationIds.map((id) => new Types.ObjectId(id));
  const updated = await updateAtRevision(ctx.models.Programme, programme._id, rev ?? programme.rev, { $set: set }, 'The programme');
  await recordAudit(ctx, actor, { action: 'programme.update', subjectType: 'programme', subjectId: String(programme._id), data: { fields: Object.keys(set) } });
  return updated;
}
