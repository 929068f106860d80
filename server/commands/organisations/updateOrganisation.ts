// Edits an organisation (its admins); with `rev` the edit is refused when someone else saved first. Its plans take
// the new name, type and country for the dashboard.
import type { Actor, AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { refreshPlansOfOrganisation } from '../plans/planOrganisation.js';
import { recordAudit } from '../recordAudit.js';
import { updateAtRevision } from '../shared/updateAtRevision.js';
import { loadOrganisation } from './loadOrganisation.js';
import { updateOrganisationSchema } from './schemas.js';

export async function updateOrganisation(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<Organisation> {
  const { organisation, access } = await loadOrganisation(ctx, actor, idOrSlug);
  authorize(actor, 'organisation.update', access);
  const { rev, ...changes } = parseInput(updateOrganisationSchema, input, 'organisation');
  const updated = await updateAtRevision(ctx.models.Organisation, organisation._id, rev ?? organisation.rev, { $set: changes }, 'The organisation');
  await refreshPlansOfOrganisation(ctx, updated);
  await recordAudit(ctx, actor, { action: 'organisation.update', subjectType: 'organisation', subjectId: String(organisation._id), data: { fields: Object.keys(changes) } });
  return updated;
}
