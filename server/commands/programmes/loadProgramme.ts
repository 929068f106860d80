// Loads a programme (by id or slug) with the actor's roles within it, the access summary the policies decide on.
import { Types } from 'mongoose';
import { idOrSlugFilter } from '../shared/idOrSlug.js';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import type { Programme } from '../../models/programme.js';
import type { ProgrammeAccess } from '../../policies/programmePolicy.js';

export interface LoadedProgramme {
  programme: Programme;
  access: ProgrammeAccess;
}

export function programmeAccessOf(programme: Pick<Programme, 'roles'>, userId: string | null): ProgrammeAccess {
  return { roles: userId ? programme.roles.filter((holder) => String(holder.userId) === userId).map((holder) => holder.role) : [] };
}

export async function loadProgramme(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<LoadedProgramme> {
  const filter = idOrSlugFilter(idOrSlug, 'The programme');
  const programme = await ctx.models.Programme.findOne(filter).lean<Programme>();
  if (!programme) throw notFound('The programme');
  return { programme, access: programmeAccessOf(programme, actor.userId) };
}

/** 400 `unknown_organisation` naming the first id that is not an organisation. */
export async function assertOrganisationsExist(ctx: AppContext, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await ctx.models.Organisation.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>();
  const known = new Set(found.map((o) => String(o._id)));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw badRequest('unknown_organisation', `No organisation has the id ${missing}.`, [{ path: field, message: 'is not an organisation' }]);
}
