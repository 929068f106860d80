// The organisation's facts a plan keeps for the dashboard (name, type, country), so the dashboard reads them with
// the plans instead of looking up every organisation; an organisation's edit refreshes them on its plans.
import type { AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import type { PlanOrganisation } from '../../models/plan.js';

export const planOrganisationOf = (organisation: Pick<Organisation, 'name' | 'type' | 'country'>): PlanOrganisation => ({
  name: organisation.name,
  type: organisation.type,
  country: organisation.country,
});

export async function refreshPlansOfOrganisation(ctx: AppContext, organisation: Organisation): Promise<void> {
  await ctx.models.Plan.updateMany({ organisationId: organisation._id }, { $set: { organisation: planOrganisationOf(organisation) } });
}
