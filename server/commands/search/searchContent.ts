// Searches practices, resources, posts and public plans (all of them federated, or one type) for a reader: validated query,
// visibility enforced inside the Meilisearch query, facet counts over what the reader may see.
import type { AppContext, Actor } from '../../context.js';
import { AppError } from '../../errors.js';
import { searchFilterFields, searchQuerySchema, searchTypeNames, typeSearchQuerySchema, type SearchFilterName, type SearchQuery } from './schemas.js';
import { valueClauses, visibilityClause } from '../../search/filters.js';
import { runSearch, type EngineResult, type SearchRequest } from '../../search/runSearch.js';
import { searchTypes, type SearchType } from '../../search/searchDocument.js';
import type { SearchLanguage } from '../../search/textAnalysis.js';
import { parseInput } from '../../validation.js';
import { readerScope } from './readerScope.js';
import { termsNamedBy } from '../../search/namedTerms.js';
import type { VocabularyId } from '../../vocab/index.js';

export interface SearchOutcome {
  readonly result: EngineResult;
  readonly locale: SearchLanguage;
  readonly offset: number;
  readonly limit: number;
  /** The facet names asked for, whose counts the response carries. */
  readonly facets: readonly string[];
  /** Vocabulary terms the query names, not yet selected, offered as filters ("Filter by: Local government"). */
  readonly suggestedFilters: readonly SuggestedFilter[];
}

export interface SuggestedFilter {
  readonly filter: SearchFilterName;
  readonly value: string;
}

const filterOfVocabulary = new Map<VocabularyId, SearchFilterName>(
  (Object.keys(searchFilterFields) as SearchFilterName[]).flatMap((name) => {
    const vocab = searchFilterFields[name].vocab;
    return vocab ? [[vocab, name] as const] : [];
  }),
);

/** The terms the query names, as filters of the searched types that the reader has not ticked yet. */
function suggestFilters(query: SearchQuery, types: readonly SearchType[]): SuggestedFilter[] {
  const plansOnly = types.length === 1 && types[0] === 'plans';
  const vocabs = [...filterOfVocabulary.keys()].filter((vocab) => vocab !== 'languages' && (vocab !== 'resourceKinds' || types.includes('resources')) && (vocab !== 'ownerTypes' || plansOnly));
  return termsNamedBy(query.q, vocabs).flatMap(({ vocab, id }) => {
    const filter = filterOfVocabulary.get(vocab);
    return filter && !query[filter]?.includes(id) ? [{ filter, value: id }] : [];
  });
}

const sortFields = { relevance: [], newest: ['publishedAt:desc'], updated: ['updatedAt:desc'] } as const;

/** Facet name (API) → index field. */
export const facetFields: Readonly<Record<string, string>> = {
  type: 'type',
  ...Object.fromEntries(Object.entries(searchFilterFields).map(([name, { field }]) => [name, field])),
};

/** Runs a request against Meilisearch; an engine failure is a 503 (search degrades, the rest of Praxis does not). */
export async function askEngine(ctx: AppContext, request: SearchRequest): Promise<EngineResult> {
  try {
    return await runSearch(ctx.search, request);
  } catch (error) {
    ctx.log.warn({ err: error }, 'search request failed');
    throw new AppError(503, 'search_unavailable', 'Search is temporarily unavailable. Please try again in a moment.');
  }
}

function selectedValues(query: SearchQuery): Record<string, readonly string[] | undefined> {
  return Object.fromEntries((Object.keys(searchFilterFields) as SearchFilterName[]).map((name) => [searchFilterFields[name].field, query[name]]));
}

/**
 * Facet counts as a reader expects them: a facet group with ticked values is counted as if that group were not
 * filtered (its other values keep their counts), while every other group's selection and visibility still apply.
 */
async function disjunctiveFacets(ctx: AppContext, base: SearchRequest, query: SearchQuery, allTypes: readonly SearchType[], filterFor: (without?: string) => SearchRequest['filter']): Promise<EngineResult['facets']> {
  const selected = selectedValues(query);
  const groups = base.facets.filter((field) => (field === 'type' ? allTypes.length !== base.types.length : Boolean(selected[field]?.length)));
  const recounted = await Promise.all(
    groups.map(async (field) => {
      const result = await askEngine(ctx, {
        ...base,
        types: field === 'type' ? allTypes : base.types,
        filter: filterFor(field),
        facets: [field],
        offset: 0,
        limit: 0,
        mode: 'suggest',
      });
      return [field, result.facets[field] ?? {}] as const;
    }),
  );
  return Object.fromEntries(recounted);
}

export interface SearchOptions {
  readonly only?: SearchType;
  readonly defaultLocale: SearchLanguage;
  /** Only what was published after this moment (epoch ms): a saved search's new matches. */
  readonly publishedAfter?: number;
}

/** `only` set: the per-type endpoint (no `type` parameter); otherwise the federated search over the chosen types. */
export async function searchContent(ctx: AppContext, actor: Actor, input: unknown, options: SearchOptions): Promise<SearchOutcome> {
  const query: SearchQuery = options.only ? parseInput(typeSearchQuerySchema, input, 'search') : parseInput(searchQuerySchema, input, 'search');
  const allTypes = options.only ? [options.only] : [...searchTypes];
  const types = options.only ? [options.only] : query.type?.length ? query.type.map((type) => searchTypeNames[type]) : allTypes;
  const visibility = visibilityClause(await readerScope(ctx, actor));
  const locale = query.locale ?? options.defaultLocale;
  const filterFor = (without?: string): SearchRequest['filter'] => {
    const selected = Object.fromEntries(Object.entries(selectedValues(query)).filter(([field]) => field !== without));
    return [...(visibility ? [visibility] : []), ...(options.publishedAfter !== undefined ? [`publishedAt > ${Math.floor(options.publishedAfter)}`] : []), ...valueClauses(selected)];
  };
  const request: SearchRequest = {
    q: query.q,
    types,
    locale,
    filter: filterFor(),
    facets: (query.facets ?? []).map((name) => facetFields[name] ?? name),
    sort: sortFields[query.sort],
    offset: query.offset,
    limit: query.limit,
    mode: 'full',
  };
  const [result, recounted] = await Promise.all([askEngine(ctx, request), disjunctiveFacets(ctx, request, query, allTypes, filterFor)]);
  return {
    result: { ...result, facets: { ...result.facets, ...recounted } },
    locale,
    offset: query.offset,
    limit: query.limit,
    facets: query.facets ?? [],
    suggestedFilters: suggestFilters(query, types),
  };
}
