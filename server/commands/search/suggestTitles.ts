// Typeahead: the titles of the best few practices, resources and posts the reader may see for a partial query.
import type { AppContext, Actor } from '../../context.js';
import { suggestQuerySchema } from './schemas.js';
import { visibilityClause } from '../../search/filters.js';
import { searchTypes } from '../../search/searchDocument.js';
import type { SearchLanguage } from '../../search/textAnalysis.js';
import { parseInput } from '../../validation.js';
import { readerScope } from './readerScope.js';
import { askEngine, type SearchOutcome } from './searchContent.js';

export async function suggestTitles(ctx: AppContext, actor: Actor, input: unknown, defaultLocale: SearchLanguage): Promise<SearchOutcome> {
  const query = parseInput(suggestQuerySchema, input, 'suggestion request');
  const visibility = visibilityClause(await readerScope(ctx, actor));
  const locale = query.locale ?? defaultLocale;
  const result = await askEngine(ctx, {
    q: query.q,
    types: [...searchTypes],
    locale,
    filter: visibility ? [visibility] : [],
    facets: [],
    sort: [],
    offset: 0,
    limit: query.limit,
    mode: 'suggest',
  });
  return { result, locale, offset: 0, limit: query.limit, facets: [], suggestedFilters: [] };
}
