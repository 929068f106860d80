// The organisation's facts a plan keeps for the dashboard and search (name, type, country), so they are read with
// the plans instead of looking up every organisation; an organisation's edit refreshes them on its plans, and the
// public plans (the searchable ones) go back to the search sync.
import type { AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import type { PlanOrganisation } from '../../models/plan.js';
import { bumpRev } from '../../search/syncFields.js';

export const planOrganisationOf = (organisation: Pick<Organisation, 'name' | 'type' | 'country'>): PlanOrganisation => ({
  name: organisation.name,
  type: organisation.type,
  country: organisation.country,
});

export async function refreshPlansOfOrganisation(ctx: AppContext, organisation: Organisation): Promise<void> {
  const facts = { $set: { organisation: planOrganisationOf(organisation) } };
  await ctx.models.Plan.updateMany({ organisationId: organisation._id, $or: [{ status: 'draft' }, { visibility: { $ne: 'public' } }] }, facts);
  await ctx.models.Plan.updateMany({ organisationId: organisation._id, status: { $ne: 'draft' }, visibility: 'public' }, { ...facts, ...bumpRev });
  ctx.events.emit('search.pending');
}
