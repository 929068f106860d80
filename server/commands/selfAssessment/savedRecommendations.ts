// Keeping a recommendation for later: save one (a published practice or resource, or a public community, with the
// competence or area it was recommended for; saving twice keeps one), list one's own with their titles, remove one.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, notFound, unauthenticated } from '../../errors.js';
import type { Community } from '../../models/community.js';
import type { Practice } from '../../models/practice.js';
import type { Resource } from '../../models/resource.js';
import type { RecommendationKind, SavedRecommendation } from '../../models/savedRecommendation.js';
import { authorize } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { isTerm } from '../../vocab/index.js';
import { loadOwnAttempt } from './ownAttempts.js';
import { saveRecommendationSchema } from './schemas.js';

export interface SavedTarget {
  readonly slug: string;
  /** The title by language (one entry for a resource or community, whose title has one language). */
  readonly title: Readonly<Record<string, string>>;
}

const visible: Record<RecommendationKind, Record<string, unknown>> = {
  practice: { state: 'published', deletedAt: null },
  resource: { state: 'published', deletedAt: null },
  community: { visibility: 'public' },
};

async function targetsOf(ctx: AppContext, kind: RecommendationKind, ids: readonly Types.ObjectId[]): Promise<Map<string, SavedTarget>> {
  const filter = { _id: { $in: ids }, ...visible[kind] };
  if (kind === 'practice') {
    const practices = await ctx.models.Practice.find(filter, { slug: 1, texts: 1 }).lean<Pick<Practice, '_id' | 'slug' | 'texts'>[]>();
    return new Map(practices.map((p) => [String(p._id), { slug: p.slug, title: Object.fromEntries(Object.entries(p.texts).map(([language, text]) => [language, text.title ?? ''])) }]));
  }
  if (kind === 'resource') {
    const resources = await ctx.models.Resource.find(filter, { slug: 1, title: 1, language: 1 }).lean<Pick<Resource, '_id' | 'slug' | 'title' | 'language'>[]>();
    return new Map(resources.map((r) => [String(r._id), { slug: r.slug, title: { [r.language]: r.title } }]));
  }
  const communities = await ctx.models.Community.find(filter, { slug: 1, name: 1 }).lean<Pick<Community, '_id' | 'slug' | 'name'>[]>();
  return new Map(communities.map((c) => [String(c._id), { slug: c.slug, title: { '': c.name } }]));
}

export async function saveRecommendation(ctx: AppContext, actor: Actor, input: unknown): Promise<SavedRecommendation> {
  authorize(actor, 'selfAssessment.take');
  const data = parseInput(saveRecommendationSchema, input, 'recommendation');
  const framework = isTerm('digCompEdu', data.dimension) ? 'digCompEdu' : isTerm('selfieAreas', data.dimension) ? 'selfieAreas' : null;
  if (!framework) throw badRequest('validation_failed', 'The dimension is neither a DigCompEdu competence nor a SELFIE area.', [{ path: 'dimension', message: 'is not a known competence or area' }]);
  const targetId = new Types.ObjectId(data.targetId);
  if (!(await targetsOf(ctx, data.kind, [targetId])).has(data.targetId)) throw notFound('The recommended item');
  const attemptId = data.attemptId ? (await loadOwnAttempt(ctx, actor, data.attemptId))._id : null;
  const userId = new Types.ObjectId(actor.userId ?? undefined);
  const saved = await ctx.models.SavedRecommendation.findOneAndUpdate(
    { userId, kind: data.kind, targetId },
    { $set: { attemptId, framework, dimension: data.dimension }, $setOnInsert: { userId, kind: data.kind, targetId } },
    { upsert: true, returnDocument: 'after' },
  ).lean<SavedRecommendation>();
  if (!saved) throw notFound('The recommended item');
  return saved;
}

/** The actor's saved recommendations, newest first, with what each still shows (one no longer visible is left out). */
export async function listSavedRecommendations(ctx: AppContext, actor: Actor): Promise<{ saved: SavedRecommendation; target: SavedTarget }[]> {
  if (!actor.userId) throw unauthenticated();
  const saved = await ctx.models.SavedRecommendation.find({ userId: new Types.ObjectId(actor.userId) }).sort({ createdAt: -1 }).lean<SavedRecommendation[]>();
  const kinds: RecommendationKind[] = ['practice', 'resource', 'community'];
  const targets = await Promise.all(kinds.map((kind) => targetsOf(ctx, kind, saved.filter((s) => s.kind === kind).map((s) => s.targetId))));
  return saved.flatMap((entry) => {
    const target = targets[kinds.indexOf(entry.kind)]?.get(String(entry.targetId));
    return target ? [{ saved: entry, target }] : [];
  });
}

export async function removeSavedRecommendation(ctx: AppContext, actor: Actor, id: unknown): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  const removed = await ctx.models.SavedRecommendation.deleteOne({ _id: parseObjectId(id, 'The saved recommendation'), userId: new Types.ObjectId(actor.userId) });
  if (removed.deletedCount === 0) throw notFound('The saved recommendation');
}
