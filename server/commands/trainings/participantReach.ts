// Where participants come from: each person's organisation (the oldest active membership), its type and its
// `country:region`, copied onto a participation at completion so statistics by region and organisation type and the
// programme's "organisations reached" are counted without a join. Read in bulk (shared/bulkStore.ts), so an import of
// thousands of people asks once.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import type { Participation } from '../../models/participation.js';
import { findByIds, findWhereIn } from '../shared/bulkStore.js';

export type Reach = Pick<Participation, 'organisationId' | 'organisationType' | 'region'>;

export const noReach: Reach = { organisationId: null, organisationType: '', region: '' };

/** Reach per person id (string); people without an organisation are absent from the map. */
export async function reachOf(ctx: AppContext, userIds: readonly Types.ObjectId[]): Promise<Map<string, Reach>> {
  if (userIds.length === 0) return new Map();
  const memberships = (await findWhereIn<OrganisationMembership, OrganisationMembership>(ctx.models.OrganisationMembership, 'userId', userIds, { userId: 1, organisationId: 1, state: 1, createdAt: 1 }))
    .filter((m) => m.state === 'active')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || String(a._id).localeCompare(String(b._id)));
  const first = new Map<string, Types.ObjectId>();
  for (const m of memberships) if (!first.has(String(m.userId))) first.set(String(m.userId), m.organisationId);
  const organisationIds = [...new Map([...first.values()].map((id) => [String(id), id])).values()];
  const organisations = await findByIds<Organisation, Organisation>(ctx.models.Organisation, organisationIds, { type: 1, country: 1, region: 1 });
  const byId = new Map(organisations.map((o) => [String(o._id), o]));
  const reach = new Map<string, Reach>();
  for (const [userId, organisationId] of first) {
    const organisation = byId.get(String(organisationId));
    if (organisation) reach.set(userId, { organisationId: organisation._id, organisationType: organisation.type, region: organisation.region ? `${organisation.country}:${organisation.region}` : '' });
  }
  return reach;
}
