// Grants or withdraws roles; only administrators may, it is audited, and the person's live connections reconnect
// with their new roles.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { setRolesSchema } from './schemas.js';
import type { User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { identityChangedEvent, userChannel } from '../../realtime/channels.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';

export async function setRoles(ctx: AppContext, actor: Actor, rawUserId: unknown, input: unknown): Promise<User> {
  authorize(actor, 'account.changeRoles');
  const userId = parseObjectId(rawUserId, 'The user');
  const data = parseInput(setRolesSchema, input, 'role change');
  const unique = [...new Set(data.roles)];
  const user = await ctx.models.User.findByIdAndUpdate(userId, { $set: { roles: unique } }, { returnDocument: 'after' }).lean<User>();
  if (!user) throw notFound('The user');
  await recordAudit(ctx, actor, { action: 'account.setRoles', subjectType: 'user', subjectId: userId, data: { roles: unique } });
  ctx.events.emit('realtime.broadcast', { room: userChannel(userId), event: identityChangedEvent, payload: {} });
  return user;
}
