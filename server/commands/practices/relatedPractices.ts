// The "Related practices" of a practice page: related by content (server/search/relatedSearch.ts), loaded as
// published practices in that order; while Meilisearch is down, the newest practices sharing a competence or sector.
import type { AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { findRelated } from '../../search/relatedSearch.js';
import { cardProjection, newestSharingTerms, type PracticeCard } from './browsePractices.js';

export async function relatedPractices(ctx: AppContext, practice: Practice, limit = 4): Promise<PracticeCard[]> {
  const language = practice.originalLanguage;
  let ids: string[];
  try {
    const matches = await findRelated(ctx.search, {
      id: String(practice._id),
      language,
      title: practice.texts[language]?.title ?? Object.values(practice.texts)[0]?.title ?? '',
      tags: practice.tags ?? [],
      sector: practice.sector,
      practiceType: practice.practiceType,
      educationLevels: practice.educationLevels,
      targetGroups: practice.targetGroups,
      digCompEdu: practice.digCompEdu,
      digComp: practice.digComp,
      selfieAreas: practice.selfieAreas,
    }, limit);
    ids = matches.map((match) => match.id);
  } catch (error) {
    ctx.log.warn({ err: error }, 'related practices: search unavailable, falling back to shared terms');
    return newestSharingTerms(ctx, practice, limit);
  }
  const found = await ctx.models.Practice.find({ _id: { $in: ids }, state: 'published', deletedAt: null }, cardProjection).lean<PracticeCard[]>();
  const byId = new Map(found.map((doc) => [String(doc._id), doc]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
