// Programme organisers name advisors and organisers within the programme, or take a role back; the last organiser
// stays. Each change is one atomic array update and an audit entry.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { Programme } from '../../models/programme.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadProgramme } from './loadProgramme.js';
import { programmeRoleSchema } from './schemas.js';

export async function changeProgrammeRole(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown, change: 'add' | 'remove'): Promise<Programme> {
  const { programme, access } = await loadProgramme(ctx, actor, idOrSlug);
  authorize(actor, 'programme.manageRoles', access);
  const { userId, role } = parseInput(programmeRoleSchema, input, 'programme role');
  const holder = { userId: new Types.ObjectId(userId), role };
  let updated: Programme | null;
  if (change === 'add') {
    if (!(await ctx.models.User.exists({ _id: userId }))) throw notFound('The person');
    updated = await ctx.models.Programme.findOneAndUpdate({ _id: programme._id }, { $addToSet: { roles: holder } }, { returnDocument: 'after' }).lean<Programme>();
  } else {
    const organisers = programme.roles.filter((h) => h.role === 'organiser');
    if (role === 'organiser' && organisers.length <= 1 && organisers.some((h) => String(h.userId) === userId)) {
      throw conflict('last_organiser', 'A programme needs at least one organiser: name another one first.');
    }
    updated = await ctx.models.Programme.findOneAndUpdate({ _id: programme._id }, { $pull: { roles: holder } }, { returnDocument: 'after' }).lean<Programme>();
  }
  if (!updated) throw notFound('The programme');
  await recordAudit(ctx, actor, { action: `programme.role.${change}`, subjectType: 'user', subjectId: userId, data: { programmeId: String(programme._id), role } });
  return updated;
}
