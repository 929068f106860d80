// A person's own learning: their live registrations with the training, the sessions still ahead, completed
// trainings with hours per competence (summed in the database) and certificate codes; plus the signed token of
// their personal calendar feed.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Participation } from '../../models/participation.js';
import type { Registration } from '../../models/registration.js';
import type { Training, TrainingSession } from '../../models/training.js';
import { authorize } from '../../policies/index.js';
import { hmac, safeEqual } from '../../security/tokens.js';

export interface LearningOverview {
  registrations: Array<{ registration: Registration; training: Training; waitingPosition: number | null }>;
  upcoming: Array<{ training: Training; session: TrainingSession }>;
  completed: Array<{ participation: Participation; training: Training }>;
  hoursByCompetence: Array<{ competence: string; hours: number }>;
  totalHours: number;
}

async function waitingPosition(ctx: AppContext, registration: Registration): Promise<number | null> {
  if (registration.state !== 'waiting') return null;
  const ahead = await ctx.models.Registration.countDocuments({ trainingId: registration.trainingId, state: 'waiting', queuedAt: { $lt: registration.queuedAt } });
  return ahead + 1;
}

/** Sessions still ahead of the trainings a person holds a seat in, soonest first. */
export async function upcomingSessions(ctx: AppContext, userId: Types.ObjectId): Promise<Array<{ training: Training; session: TrainingSession }>> {
  const seats = await ctx.models.Registration.find({ userId, state: 'registered' }, { trainingId: 1 }).lean<Registration[]>();
  const trainings = await ctx.models.Training.find({ _id: { $in: seats.map((s) => s.trainingId) }, deletedAt: null }).lean<Training[]>();
  const now = Date.now();
  return trainings
    .flatMap((training) => training.sessions.filter((session) => session.endsAt.getTime() >= now).map((session) => ({ training, session })))
    .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime());
}

export async function myLearning(ctx: AppContext, actor: Actor): Promise<LearningOverview> {
  authorize(actor, 'learning.viewOwn');
  const userId = new Types.ObjectId(String(actor.userId));
  const [registrations, participations, competenceHours] = await Promise.all([
    ctx.models.Registration.find({ userId, state: { $ne: 'cancelled' } }).sort({ queuedAt: -1 }).lean<Registration[]>(),
    ctx.models.Participation.find({ userId }).sort({ completedAt: -1 }).lean<Participation[]>(),
    ctx.models.Participation.aggregate<{ _id: string; hours: number }>([
      { $match: { userId } },
      { $unwind: '$competences' },
      { $group: { _id: '$competences', hours: { $sum: '$hours' } } },
      { $sort: { hours: -1, _id: 1 } },
    ]),
  ]);
  const trainingIds = [...registrations.map((r) => r.trainingId), ...participations.map((p) => p.trainingId)];
  const trainings = new Map(
    (await ctx.models.Training.find({ _id: { $in: trainingIds } }).lean<Training[]>()).map((training) => [String(training._id), training]),
  );
  const withTraining = <T extends { trainingId: Types.ObjectId }>(rows: T[]) => rows.flatMap((row) => {
    const training = trainings.get(String(row.trainingId));
    return training ? [{ row, training }] : [];
  });
  return {
    registrations: await Promise.all(
      withTraining(registrations).map(async ({ row, training }) => ({ registration: row, training, waitingPosition: await waitingPosition(ctx, row) })),
    ),
    upcoming: await upcomingSessions(ctx, userId),
    completed: withTraining(participations).map(({ row, training }) => ({ participation: row, training })),
    hoursByCompetence: competenceHours.map((row) => ({ competence: row._id, hours: row.hours })),
    totalHours: participations.reduce((sum, p) => sum + p.hours, 0),
  };
}

/** `userId.signature`: the address of a person's calendar feed, which works without a session cookie. */
export function calendarToken(ctx: AppContext, actor: Actor): string {
  authorize(actor, 'learning.viewOwn');
  return `${actor.userId}.${hmac(ctx.config.session.secret, `calendar:${actor.userId}`)}`;
}

/** The person a calendar token belongs to; a forged or malformed token is 404. */
export function calendarOwner(ctx: AppContext, token: unknown): Types.ObjectId {
  const [userId, signature] = typeof token === 'string' ? token.split('.') : [];
  if (!userId || !signature || !/^[0-9a-f]{24}$/.test(userId) || !safeEqual(signature, hmac(ctx.config.session.secret, `calendar:${userId}`))) {
    throw notFound('The calendar');
  }
  return new Types.ObjectId(userId);
}
