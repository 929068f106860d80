// The "Related practices" of a practice page: related by content (server/search/relatedSearch.ts), loaded as
// published practices in that order; while Meilisearch is down, the newest practices sharing a competence or sector.
// The engine's answer is kept per practice until a practice changes (or a minute passes, for the index to catch up
// with a write), so a signed-in reader's page view costs no search; the cards are always read fresh.
import type { AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { findRelated } from '../../search/relatedSearch.js';
import { keptAnswers } from '../../services/boundedCache.js';
import { findByIds } from '../shared/bulkStore.js';
import { cardProjection, newestSharingTerms, type PracticeCard } from './browsePractices.js';

const kept = keptAnswers(2_000, 60_000);

async function relatedIds(ctx: AppContext, practice: Practice, limit: number): Promise<string[]> {
  return kept(ctx, `${String(practice._id)}|${limit}|${ctx.contentGeneration.of('practices')}`, () => searchRelatedIds(ctx, practice, limit));
}

async function searchRelatedIds(ctx: AppContext, practice: Practice, limit: number): Promise<string[]> {
  const language = practice.originalLanguage;
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
  return matches.map((match) => match.id);
}

export async function relatedPractices(ctx: AppContext, practice: Practice, limit = 4): Promise<PracticeCard[]> {
  let ids: string[];
  try {
    ids = await relatedIds(ctx, practice, limit);
  } catch (error) {
    ctx.log.warn({ err: error }, 'related practices: search unavailable, falling back to shared terms');
    return newestSharingTerms(ctx, practice, limit);
  }
  const found = await findByIds<Practice, PracticeCard & Pick<Practice, 'state' | 'deletedAt'>>(ctx.models.Practice, ids, { ...cardProjection, state: 1, deletedAt: 1 });
  const byId = new Map(found.filter((doc) => doc.state === 'published' && !doc.deletedAt).map((doc) => [String(doc._id), doc]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
