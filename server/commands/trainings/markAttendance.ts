// The organiser marks who attended one session: only registered people can be marked (anyone else is a 400 naming
// them, and nothing is written); each marked registration's participation then follows the completion rule.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { Registration } from '../../models/registration.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { trainingAccessOf } from './loadTraining.js';
import { loadSession } from './sessionCalendar.js';
import { syncParticipation } from './participations.js';
import { attendanceSchema } from './schemas.js';

export async function markAttendance(ctx: AppContext, actor: Actor, id: unknown, sessionId: unknown, input: unknown): Promise<Registration[]> {
  const { training, session } = await loadSession(ctx, actor, id, sessionId);
  authorize(actor, 'training.manageParticipants', trainingAccessOf(training));
  const { present, absent } = parseInput(attendanceSchema, input, 'attendance');
  const both = present.filter((userId) => absent.includes(userId));
  if (both.length) throw badRequest('attendance_contradiction', 'A person cannot be marked both present and absent.', both.map((userId) => ({ path: 'present', message: userId })));
  const userIds = [...present, ...absent];
  const registrations = await ctx.models.Registration.find({ trainingId: training._id, state: 'registered', userId: { $in: userIds } }).lean<Registration[]>();
  const known = new Set(registrations.map((r) => String(r.userId)));
  const unknown = userIds.filter((userId) => !known.has(userId));
  if (unknown.length) {
    throw badRequest('not_registered', `${unknown.length} of the people marked are not registered for this training.`, unknown.map((userId) => ({ path: 'present', message: userId })));
  }
  const ids = (list: string[]) => list.map((userId) => new Types.ObjectId(userId));
  if (present.length) await ctx.models.Registration.updateMany({ trainingId: training._id, userId: { $in: ids(present) } }, { $addToSet: { attendedSessionIds: session._id } });
  if (absent.length) await ctx.models.Registration.updateMany({ trainingId: training._id, userId: { $in: ids(absent) } }, { $pull: { attendedSessionIds: session._id } });
  const updated = await ctx.models.Registration.find({ trainingId: training._id, userId: { $in: ids(userIds) } }).lean<Registration[]>();
  for (const registration of updated) await syncParticipation(ctx, training, registration);
  await recordAudit(ctx, actor, { action: 'training.attendance', subjectType: 'training', subjectId: String(training._id), data: { sessionId: String(session._id), present: present.length, absent: absent.length } });
  return updated;
}
