// Finds one community by id or slug, with the reader's membership; every community's name and description are public.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Community } from '../../models/community.js';
import { accessOf, findMembership, loadCommunity, type LoadedCommunity } from './loadCommunity.js';

export async function getCommunity(ctx: AppContext, actor: Actor, ref: unknown): Promise<LoadedCommunity> {
  if (typeof ref === 'string' && /^[0-9a-f]{24}$/i.test(ref)) return loadCommunity(ctx, actor, ref);
  if (typeof ref !== 'string' || !/^[a-z0-9-]{1,80}$/.test(ref)) throw notFound('The community');
  const community = await ctx.models.Community.findOne({ slug: ref }).lean<Community>();
  if (!community) throw notFound('The community');
  const membership = await findMembership(ctx, community._id, actor.userId);
  return { community, membership, access: accessOf(community, membership) };
}
