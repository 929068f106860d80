// One federated multi-search over the chosen indexes: per index one query, the words as typed plus their stemmed
// forms (Slovenian, Polish, Swedish and English stemmers; they match the stem fields), weighted and merged;
// Meilisearch keeps each document once and counts facets over the union. No `attributesToSearchOn`: Meilisearch
// refuses it for a field no document has yet (an empty index). Titles and snippets are highlighted, not retrieved:
// `_formatted` carries them, so the answer holds each once.
import type { FederatedMultiSearchParams, MultiSearchQueryWithFederation } from 'meilisearch';
import type { SearchService } from './searchService.js';
import { languageSlots, type SearchType, type TextKind } from './searchDocument.js';
import { type FilterClauses } from './filters.js';
import { highlightPostTag, highlightPreTag } from './snippets.js';
import { foldedWords, meiliLocales, searchLanguages, stemWord, type SearchLanguage } from './textAnalysis.js';

export interface SearchRequest {
  readonly q: string;
  readonly types: readonly SearchType[];
  readonly locale: SearchLanguage;
  /** Array-form filter: visibility plus the selected facet values. */
  readonly filter: FilterClauses;
  readonly facets: readonly string[];
  readonly sort: readonly string[];
  readonly offset: number;
  readonly limit: number;
  /** 'suggest' retrieves and highlights titles only. */
  readonly mode: 'full' | 'suggest';
}

export interface EngineHit {
  readonly type: SearchType;
  readonly document: Readonly<Record<string, unknown>>;
  readonly formatted: Readonly<Record<string, unknown>>;
}

export interface EngineResult {
  readonly hits: readonly EngineHit[];
  readonly total: number;
  readonly facets: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const indexWeights: Readonly<Record<SearchType, number>> = { practices: 1, resources: 0.9, posts: 0.8, plans: 0.9 };
const metaAttributes = ['id', 'type', 'slug', 'threadId', 'communityId', 'originalLanguage', 'languages', 'publishedAt', 'country', 'sector', 'practiceType', 'kind', 'evidenceLevel', 'ownerType', 'organisationName', 'planStatus', 'programmeId'];
const titleAttributes = languageSlots.map((slot) => `title_${slot}`);
/**
 * The text a result card shows under its title: a practice's or resource's summary, a post's body. Practice bodies
 * (~10 KB each) are searched but never retrieved, cropped or highlighted: the card does not show them.
 */
const snippetKinds: Readonly<Record<SearchType, readonly TextKind[]>> = { practices: ['summary'], resources: ['summary'], posts: ['body'], plans: ['summary'] };
const snippetAttributes = (type: SearchType): string[] => snippetKinds[type].flatMap((kind) => languageSlots.map((slot) => `${kind}_${slot}`));

/** Meilisearch reads at most ten words of a query. */
const maxQueryWords = 10;

/**
 * One query for the typed words and their stems: the typed words, then the stems of the four languages that differ
 * from them, searched with the `frequency` strategy, so a document needs not match every word (the rarest count most)
 * and one matching the typed words and their stems ranks first. Judged relevance is the same as one query per stemmed
 * form merged by federation, at one engine query per index instead of up to five.
 */
export function queryWithStems(q: string): string {
  const typed = foldedWords(q);
  const stems = [...new Set(searchLanguages.flatMap((language) => typed.map((word) => stemWord(word, language))))].filter((stem) => !typed.includes(stem));
  const room = Math.max(0, maxQueryWords - typed.length);
  return [q.trim(), ...stems.slice(0, room)].join(' ').trim();
}

export function buildFederatedSearch(service: SearchService, request: SearchRequest): FederatedMultiSearchParams {
  const full = request.mode === 'full';
  const shown = (type: SearchType) => {
    const snippets = full ? snippetAttributes(type) : [];
    return {
      locales: [meiliLocales[request.locale]],
      filter: request.filter,
      ...(request.sort.length ? { sort: [...request.sort] } : {}),
      attributesToRetrieve: metaAttributes,
      attributesToHighlight: [...titleAttributes, ...snippets],
      ...(full ? { attributesToCrop: snippets, cropLength: 28 } : {}),
      highlightPreTag,
      highlightPostTag,
    };
  };
  const q = queryWithStems(request.q);
  const queries: MultiSearchQueryWithFederation[] = request.types.map((type) => ({ indexUid: service.indexUid(type), q, matchingStrategy: 'frequency' as const, ...shown(type), federationOptions: { weight: indexWeights[type] } }));
  const facetsByIndex = Object.fromEntries(request.types.map((type) => [service.indexUid(type), [...request.facets]]));
  return {
    federation: {
      offset: request.offset,
      limit: request.limit,
      ...(request.facets.length ? { facetsByIndex, mergeFacets: { maxValuesPerFacet: 100 } } : {}),
    },
    queries,
  };
}

export async function runSearch(service: SearchService, request: SearchRequest): Promise<EngineResult> {
  const typeOfIndex = new Map(request.types.map((type) => [service.indexUid(type), type]));
  const response = await service.federatedSearch(buildFederatedSearch(service, request));
  const hits: EngineHit[] = response.hits.flatMap((hit) => {
    const type = typeOfIndex.get(hit._federation?.indexUid ?? '');
    if (!type) return [];
    const { _formatted: formatted, ...document } = hit;
    return [{ type, document, formatted: formatted ?? {} }];
  });
  return {
    hits,
    total: response.estimatedTotalHits ?? response.totalHits ?? hits.length,
    facets: response.facetDistribution ?? {},
  };
}
