// Feedback after a training: a participant rates it (1–5) with a comment, once (sending again replaces it); the
// organiser sees the count, average and distribution, aggregated in the database, and the comments without names.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { TrainingFeedback } from '../../models/trainingFeedback.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadVisibleTraining, trainingAccessOf } from './loadTraining.js';
import { feedbackSchema } from './schemas.js';
import { countRating } from './statisticsRollup.js';
import { participationsChanged } from './statisticsSnapshots.js';

export async function submitFeedback(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<TrainingFeedback> {
  authorize(actor, 'learning.viewOwn');
  const training = await loadVisibleTraining(ctx, actor, id);
  const { rating, comment } = parseInput(feedbackSchema, input, 'feedback');
  const userId = new Types.ObjectId(String(actor.userId));
  const took = await ctx.models.Participation.exists({ trainingId: training._id, userId });
  if (!took) throw forbidden('Only people who completed this training can give feedback on it.');
  const before = await ctx.models.TrainingFeedback.findOneAndUpdate({ trainingId: training._id, userId }, { $set: { rating, comment } }, { upsert: true, returnDocument: 'before' }).lean<TrainingFeedback>();
  await countRating(ctx, training, before ? 0 : 1, rating - (before?.rating ?? 0));
  await participationsChanged(ctx);
  return (await ctx.models.TrainingFeedback.findOne({ trainingId: training._id, userId }).lean<TrainingFeedback>()) as TrainingFeedback;
}

export interface FeedbackSummary {
  count: number;
  averageRating: number | null;
  /** How many gave each rating, 1 to 5. */
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
  comments: Array<{ rating: number; comment: string; createdAt: string }>;
}

export async function feedbackSummary(ctx: AppContext, actor: Actor, id: unknown): Promise<FeedbackSummary> {
  const training = await loadVisibleTraining(ctx, actor, id);
  authorize(actor, 'training.manageParticipants', trainingAccessOf(training));
  const [groups, comments] = await Promise.all([
    ctx.models.TrainingFeedback.aggregate<{ _id: number; count: number }>([{ $match: { trainingId: training._id } }, { $group: { _id: '$rating', count: { $sum: 1 } } }]),
    ctx.models.TrainingFeedback.find({ trainingId: training._id, comment: { $ne: '' } }, { rating: 1, comment: 1, createdAt: 1 }).sort({ createdAt: -1 }).limit(200).lean<TrainingFeedback[]>(),
  ]);
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const group of groups) distribution[String(group._id) as keyof typeof distribution] = group.count;
  const count = groups.reduce((sum, g) => sum + g.count, 0);
  const total = groups.reduce((sum, g) => sum + g._id * g.count, 0);
  return {
    count,
    averageRating: count ? Math.round((total / count) * 100) / 100 : null,
    distribution,
    comments: comments.map((c) => ({ rating: c.rating, comment: c.comment, createdAt: c.createdAt.toISOString() })),
  };
}
