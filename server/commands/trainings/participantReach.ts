// Where participants come from: each person's organisation (the oldest active membership), its type and its
// `country:region`, copied onto a participation at completion so statistics by region and organisation type and the
// programme's "organisations reached" are counted without a join.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import type { Participation } from '../../models/participation.js';

export type Reach = Pick<Participation, 'organisationId' | 'organisationType' | 'region'>;

export const noReach: Reach = { organisationId: null, organisationType: '', region: '' };

/** Reach per person id (string); people without an organisation are absent from the map. */
export async function reachOf(ctx: AppContext, userIds: readonly Types.ObjectId[]): Promise<Map<string, Reach>> {
  if (userIds.length === 0) return new Map();
  const memberships = await ctx.models.OrganisationMembership.find({ userId: { $in: userIds }, state: 'active' }, { userId: 1, organisationId: 1, createdAt: 1 })
    .sort({ createdAt: 1, _id: 1 })
    .lean<OrganisationMembership[]>();
  const first = new Map<string, Types.ObjectId>();
  for (const m of memberships) if (!first.has(String(m.userId))) first.set(String(m.userId), m.organisationId);
  const organisations = await ctx.models.Organisation.find({ _id: { $in: [...new Set(first.values())] } }, { type: 1, country: 1, region: 1 }).lean<Organisation[]>();
  const byId = new Map(organisations.map((o) => [String(o._id), o]));
  const reach = new Map<string, Reach>();
  for (const [userId, organisationId] of first) {
    const organisation = byId.get(String(organisationId));
    if (organisation) reach.set(userId, { organisationId: organisation._id, organisationType: organisation.type, region: organisation.region ? `${organisation.country}:${organisation.region}` : '' });
  }
  return reach;
}
