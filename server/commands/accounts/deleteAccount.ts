// Deletes the signed-in person's account after their password: what they wrote stays, shown as by a former
// member, or is taken down too (their choice); their account record, memberships, tokens, unsent mail and
// self-assessment answers go, and every session and live socket ends.
import type { Actor, AppContext } from '../../context.js';
import { AppError, unauthenticated } from '../../errors.js';
import type { User } from '../../models/user.js';
import { bumpRev } from '../../search/syncFields.js';
import { verifyPassword } from '../../security/passwords.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { forgetRoundAnswers } from '../selfAssessment/roundTallies.js';
import { deleteAccountSchema } from './schemas.js';
import { endUserSessions } from './sessions.js';

async function removeContent(ctx: AppContext, user: User): Promise<void> {
  const mine = { authorId: user._id };
  const deletedAt = new Date();
  await ctx.models.Post.updateMany({ ...mine, state: { $ne: 'deleted' } }, { $set: { state: 'deleted', deletedAt }, ...bumpRev });
  await ctx.models.Thread.updateMany({ ...mine, state: { $ne: 'deleted' } }, { $set: { state: 'deleted' } });
  await ctx.models.Message.updateMany({ ...mine, state: 'visible' }, { $set: { state: 'deleted', body: '', bodyHtml: '' } });
  await ctx.models.Practice.updateMany({ ...mine, state: { $ne: 'archived' } }, { $set: { state: 'archived' }, ...bumpRev });
  await ctx.models.Resource.updateMany({ ...mine, state: { $ne: 'archived' } }, { $set: { state: 'archived' }, ...bumpRev });
  ctx.events.emit('search.pending');
}

export async function deleteAccount(ctx: AppContext, actor: Actor, input: unknown): Promise<void> {
  const user = actor.userId ? await ctx.models.User.findById(actor.userId).lean<User>() : null;
  if (!user) throw unauthenticated();
  const data = parseInput(deleteAccountSchema, input, 'account deletion');
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new AppError(400, 'wrong_password', 'The current password is not correct.', [{ path: 'currentPassword', message: 'is not correct' }]);
  }
  if (data.content === 'remove') await removeContent(ctx, user);
  await endUserSessions(ctx, String(user._id));
  await forgetRoundAnswers(ctx, user._id);
  await Promise.all([
    ctx.models.Membership.deleteMany({ userId: user._id }),
    ctx.models.AccountToken.deleteMany({ userId: user._id }),
    ctx.models.OutboxMessage.deleteMany({ userId: user._id, state: 'queued' }),
    ctx.models.AssessmentAttempt.deleteMany({ userId: user._id }),
    ctx.models.SavedRecommendation.deleteMany({ userId: user._id }),
  ]);
  await ctx.models.User.deleteOne({ _id: user._id });
  ctx.events.emit('account.deleted', { userId: String(user._id) });
  await recordAudit(ctx, actor, { action: 'account.delete', subjectType: 'user', subjectId: String(user._id), data: { content: data.content } });
}
