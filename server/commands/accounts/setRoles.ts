// Grants or withdraws roles; only administrators may, and it is written to the audit log.
import { z } from 'zod';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { roles, type User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';

const setRolesSchema = z.strictObject({ roles: z.array(z.enum(roles)).min(1).max(roles.length) });

export async function setRoles(ctx: AppContext, actor: Actor, userId: string, input: unknown): Promise<User> {
  authorize(actor, 'account.changeRoles');
  const data = parseInput(setRolesSchema, input, 'role change');
  const unique = [...new Set(data.roles)];
  const user = await ctx.models.User.findByIdAndUpdate(userId, { $set: { roles: unique } }, { returnDocument: 'after' }).lean<User>();
  if (!user) throw notFound('The user');
  await recordAudit(ctx, actor, { action: 'account.setRoles', subjectType: 'user', subjectId: userId, data: { roles: unique } });
  return user;
}
