// "Download my data": everything a person wrote on Praxis and their settings, as one JSON document (no password
// hash, no other person's data beyond the places they wrote in), their self-assessments with every answer included.
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import type { User } from '../../models/user.js';

export async function exportMyData(ctx: AppContext, actor: Actor): Promise<Record<string, unknown>> {
  const user = actor.userId ? await ctx.models.User.findById(actor.userId, { passwordHash: 0 }).lean<Omit<User, 'passwordHash'>>() : null;
  if (!user) throw unauthenticated();
  const mine = { authorId: user._id };
  const hidden = { rev: 0, indexedRev: 0 };
  const [threads, posts, messages, practices, resources, memberships, collections, flags, selfAssessments, savedRecommendations] = await Promise.all([
    ctx.models.Thread.find(mine).lean(),
    ctx.models.Post.find(mine, hidden).lean(),
    ctx.models.Message.find(mine).lean(),
    ctx.models.Practice.find(mine, hidden).lean(),
    ctx.models.Resource.find(mine, hidden).lean(),
    ctx.models.Membership.find({ userId: user._id }).lean(),
    ctx.models.Collection.find({ organiserIds: user._id }, hidden).lean(),
    ctx.models.Flag.find({ reporterId: user._id }).lean(),
    ctx.models.AssessmentAttempt.find({ userId: user._id }, { roundMember: 0, rev: 0 }).sort({ createdAt: 1 }).lean(),
    ctx.models.SavedRecommendation.find({ userId: user._id }).sort({ createdAt: 1 }).lean(),
  ]);
  return { exportedAt: new Date().toISOString(), account: user, threads, posts, messages, practices, resources, memberships, collections, flags, selfAssessments, savedRecommendations };
}

