// What to look at next: for the weakest competences or areas of a result, published practices and resources
// aligned to exactly those (the search index's competence facets; the reader's language first, then the others),
// and open communities whose public discussions take the topic up (the posts index's community facet). Each
// recommendation names the dimension it addresses, its "why".
import type { MultiSearchQuery } from 'meilisearch';
import type { Actor, AppContext } from '../../context.js';
import type { Community } from '../../models/community.js';
import type { InstrumentFramework } from '../../models/instrument.js';
import type { RecommendationKind } from '../../models/savedRecommendation.js';
import { quoteFilterValue } from '../../search/filters.js';
import { languageSlots } from '../../search/searchDocument.js';
import type { UiLocale } from '../../vocab/index.js';
import { termLabel } from '../../vocab/index.js';
import { loadOwnSubmitted } from './ownAttempts.js';
import { weakestDimensions } from './scoring.js';

/** How many dimensions get recommendations, and how many items of each kind each one gets. */
export const recommendedDimensions = 3;
const perKind = 3;

export interface Recommendation {
  readonly kind: RecommendationKind;
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  /** The language the title is in. */
  readonly language: string;
  readonly inReaderLanguage: boolean;
}

export interface DimensionRecommendations {
  readonly dimension: string;
  readonly level: number;
  readonly items: readonly Recommendation[];
}

type Hit = Readonly<Record<string, unknown>>;
const indexedField: Record<InstrumentFramework, string> = { digCompEdu: 'digCompEdu', selfieAreas: 'selfieAreas' };
const titleFields = languageSlots.map((slot) => `title_${slot}`);

function titleOf(hit: Hit, locale: UiLocale): { title: string; language: string } {
  const own = hit[`title_${locale}`];
  if (typeof own === 'string' && own) return { title: own, language: locale };
  for (const slot of languageSlots) {
    const text = hit[`title_${slot}`];
    if (typeof text === 'string' && text) return { title: text, language: slot === 'other' ? String(hit.originalLanguage ?? '') : slot };
  }
  return { title: String(hit.slug ?? ''), language: '' };
}

function toRecommendation(kind: RecommendationKind, hit: Hit, locale: UiLocale): Recommendation {
  const { title, language } = titleOf(hit, locale);
  const languages = Array.isArray(hit.languages) ? (hit.languages as unknown[]) : [];
  return { kind, id: String(hit.id), slug: String(hit.slug ?? hit.id), title, language, inReaderLanguage: languages.includes(locale) };
}

/** The reader's-language hits first, then the others, each once, at most `limit`. */
function readerFirst(first: readonly Hit[], rest: readonly Hit[], limit: number): Hit[] {
  const byId = new Map<string, Hit>();
  for (const hit of [...first, ...rest]) if (!byId.has(String(hit.id))) byId.set(String(hit.id), hit);
  return [...byId.values()].slice(0, limit);
}

function alignedQueries(ctx: AppContext, framework: InstrumentFramework, dimension: string, locale: UiLocale): MultiSearchQuery[] {
  const aligned = [`visibility = ${quoteFilterValue('public')}`, `${indexedField[framework]} = ${quoteFilterValue(dimension)}`];
  const inLanguage = [...aligned, `languages = ${quoteFilterValue(locale)}`];
  const retrieve = ['id', 'slug', 'languages', 'originalLanguage', ...titleFields];
  const kinds = framework === 'digCompEdu' ? (['practices', 'resources'] as const) : (['practices'] as const);
  return [
    ...kinds.flatMap((type) => [
      { indexUid: ctx.search.indexUid(type), q: '', filter: inLanguage, limit: perKind, attributesToRetrieve: retrieve },
      { indexUid: ctx.search.indexUid(type), q: '', filter: aligned, limit: perKind * 2, attributesToRetrieve: retrieve },
    ]),
    { indexUid: ctx.search.indexUid('posts'), q: termLabel(framework, dimension, locale), filter: [`visibility = ${quoteFilterValue('public')}`], limit: 0, facets: ['communityId'] },
  ];
}

/** The open communities among every dimension's counts, read at once; per dimension the most-discussing first. */
async function openCommunities(ctx: AppContext, countsPerDimension: readonly Readonly<Record<string, number>>[]): Promise<Community[][]> {
  const ids = [...new Set(countsPerDimension.flatMap((counts) => Object.keys(counts)))].filter((id) => /^[0-9a-f]{24}$/.test(id));
  const found = ids.length ? await ctx.models.Community.find({ _id: { $in: ids }, visibility: 'public', joinPolicy: { $ne: 'invite' } }, { slug: 1, name: 1 }).lean<Community[]>() : [];
  const byId = new Map(found.map((community) => [String(community._id), community]));
  return countsPerDimension.map((counts) => Object.entries(counts).sort((a, b) => b[1] - a[1]).flatMap(([id]) => byId.get(id) ?? []).slice(0, perKind));
}

/** Recommendations for the given dimensions, in their order; search being down answers none rather than failing. */
export async function recommendForDimensions(ctx: AppContext, framework: InstrumentFramework, dimensions: readonly { dimension: string; level: number }[], locale: UiLocale): Promise<DimensionRecommendations[]> {
  if (dimensions.length === 0) return [];
  const perDimension = dimensions.map(({ dimension }) => alignedQueries(ctx, framework, dimension, locale));
  let results: { hits: Hit[]; facetDistribution?: Record<string, Record<string, number>> }[];
  try {
    results = (await ctx.search.client.multiSearch({ queries: perDimension.flat() })).results as typeof results;
  } catch (error) {
    ctx.log.warn({ err: error }, 'recommendations: search is unavailable');
    return dimensions.map(({ dimension, level }) => ({ dimension, level, items: [] }));
  }
  let offset = 0;
  const slices = perDimension.map((queries) => {
    const mine = results.slice(offset, offset + queries.length);
    offset += queries.length;
    return mine;
  });
  const communities = await openCommunities(ctx, slices.map((mine) => mine[mine.length - 1]?.facetDistribution?.communityId ?? {}));
  return dimensions.map(({ dimension, level }, index) => {
    const mine = slices[index] ?? [];
    const practices = readerFirst(mine[0]?.hits ?? [], mine[1]?.hits ?? [], perKind).map((hit) => toRecommendation('practice', hit, locale));
    const resources = framework === 'digCompEdu' ? readerFirst(mine[2]?.hits ?? [], mine[3]?.hits ?? [], perKind).map((hit) => toRecommendation('resource', hit, locale)) : [];
    const open = (communities[index] ?? []).map((community): Recommendation => ({ kind: 'community', id: String(community._id), slug: community.slug, title: community.name, language: '', inReaderLanguage: true }));
    return { dimension, level, items: [...practices, ...resources, ...open] };
  });
}

/** Recommendations for the weakest competences or areas of the actor's own result. */
export async function recommendForResult(ctx: AppContext, actor: Actor, attemptId: unknown, locale: UiLocale): Promise<DimensionRecommendations[]> {
  const { attempt, instrument } = await loadOwnSubmitted(ctx, actor, attemptId);
  return recommendForDimensions(ctx, instrument.framework, weakestDimensions(attempt.scores, instrument.levels.length, recommendedDimensions), locale);
}
