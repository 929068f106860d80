// Calling a training off (cancel: it stays readable with a notice) or removing it (it disappears): either way every
// registration and waiting-list place is closed, the seats are freed, and each person who held one is told by e-mail
// in their own language through the outbox, with the organiser's reason. Participations already recorded stay.
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { MailToSend } from '../../mail/queueMail.js';
import { queueMails } from '../../mail/queueMail.js';
import type { Registration } from '../../models/registration.js';
import type { Training } from '../../models/training.js';
import type { User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadVisibleTraining, trainingAccessOf } from './loadTraining.js';
import { cancelTrainingSchema } from './schemas.js';
import { bumpRev } from '../../search/syncFields.js';

function cancellationMail(ctx: AppContext, training: Training, user: User, reason: string, removed: boolean): MailToSend {
  const { locale } = user;
  const titles = Object.entries(training.title).filter(([, text]) => text);
  const title = (titles.find(([lang]) => lang === locale) ?? titles[0])?.[1] ?? training.slug;
  return {
    to: user.email,
    userId: String(user._id),
    kind: 'training.cancelled',
    content: {
      locale,
      recipientName: user.displayName,
      subject: 'mail.trainingCancelled.subject',
      paragraphs: ['mail.trainingCancelled.body'],
      params: { training: title },
      ...(reason ? { items: [{ text: reason }] } : {}),
      ...(removed ? {} : { action: { label: 'mail.trainingCancelled.action', url: `${ctx.config.publicUrl}/trainings/${training.slug}` } }),
    },
  };
}

export async function cancelTraining(ctx: AppContext, actor: Actor, id: unknown, input: unknown, how: 'cancel' | 'remove'): Promise<Training> {
  const training = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.update', trainingAccessOf(training));
  const { reason } = parseInput(cancelTrainingSchema, input ?? {}, 'cancellation');
  if (how === 'cancel' && training.cancelledAt) throw conflict('training_cancelled', 'This training was already cancelled.');
  const now = new Date();
  const changed = await ctx.models.Training.findOneAndUpdate(
    { _id: training._id, deletedAt: null },
    { $set: { cancelledAt: training.cancelledAt ?? now, cancellationReason: training.cancelledAt ? training.cancellationReason : reason, seatsTaken: 0, ...(how === 'remove' ? { deletedAt: now } : {}) }, ...bumpRev },
    { returnDocument: 'after' },
  ).lean<Training>();
  if (!changed) throw conflict('training_cancelled', 'This training was already removed.');
  const open = await ctx.models.Registration.find({ trainingId: training._id, state: { $in: ['waiting', 'registered'] } }, { userId: 1 }).lean<Registration[]>();
  await ctx.models.Registration.updateMany({ trainingId: training._id, state: { $in: ['waiting', 'registered'] } }, { $set: { state: 'cancelled', cancelledAt: now } });
  const ended = training.endsAt !== null && training.endsAt.getTime() < now.getTime();
  if (open.length && !ended) {
    const people = await ctx.models.User.find({ _id: { $in: open.map((r) => r.userId) }, status: 'active' }).lean<User[]>();
    await queueMails(ctx, people.map((user) => cancellationMail(ctx, changed, user, reason || changed.cancellationReason, how === 'remove')));
  }
  await recordAudit(ctx, actor, { action: `training.${how}`, subjectType: 'training', subjectId: String(training._id), data: { registrantsTold: ended ? 0 : open.length } });
  return changed;
}
