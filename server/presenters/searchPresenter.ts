// Search hits and facets → the JSON that leaves the server: the title and snippet in the reader's language where the
// item has it, highlighted HTML that is safe to insert (escaped, only <mark> added), facet counts by facet name.
import type { EngineHit, EngineResult } from '../search/runSearch.js';
import { searchLanguages, type SearchLanguage } from '../search/textAnalysis.js';
import { languageSlots, type LanguageSlot } from '../search/searchDocument.js';
import { hasHighlight, highlightToHtml, stripHighlight } from '../search/snippets.js';
import type { SuggestedFilter } from '../commands/search/searchContent.js';
import { searchFilterFields } from '../commands/search/schemas.js';
import { termLabel } from '../vocab/index.js';

export interface SearchHitView {
  readonly type: 'practice' | 'resource' | 'post' | 'plan';
  readonly id: string;
  readonly slug: string | null;
  readonly url: string | null;
  readonly threadId: string | null;
  readonly communityId: string | null;
  readonly language: string;
  readonly title: string;
  readonly titleHtml: string;
  readonly snippetHtml: string;
  readonly publishedAt: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly practiceType: string | null;
  readonly kind: string | null;
  readonly evidenceLevel: string | null;
  /** A plan's organisation type, organisation, status and programme. */
  readonly ownerType: string | null;
  readonly organisationName: string | null;
  readonly planStatus: string | null;
  readonly programmeId: string | null;
}

const singular = { practices: 'practice', resources: 'resource', posts: 'post', plans: 'plan' } as const;
const pagesOf: Partial<Record<SearchHitView['type'], string>> = { practice: 'practices', resource: 'resources', plan: 'plans' };
const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

function slotOf(language: string): LanguageSlot {
  return (searchLanguages as readonly string[]).includes(language) ? (language as SearchLanguage) : 'other';
}

/** The reader's language when the item has it, else the item's original language. */
function displayLanguage(hit: EngineHit, locale: SearchLanguage): string {
  const languages = Array.isArray(hit.document.languages) ? hit.document.languages.filter((l): l is string => typeof l === 'string') : [];
  if (languages.includes(locale)) return locale;
  return str(hit.document.originalLanguage) ?? languages[0] ?? locale;
}

function firstText(record: Readonly<Record<string, unknown>>, fields: readonly string[], test: (text: string) => boolean = Boolean): string | null {
  for (const field of fields) {
    const value = str(record[field]);
    if (value && test(value)) return value;
  }
  return null;
}

function urlOf(type: SearchHitView['type'], slug: string | null): string | null {
  const pages = pagesOf[type];
  return slug && pages ? `/${pages}/${slug}` : null;
}

export function presentSearchHit(hit: EngineHit, locale: SearchLanguage): SearchHitView {
  const type = singular[hit.type];
  const language = displayLanguage(hit, locale);
  const slot = slotOf(language);
  const titleFields = [`title_${slot}`, ...languageSlots.map((s) => `title_${s}`)];
  const snippetFields = [`summary_${slot}`, `body_${slot}`, ...languageSlots.flatMap((s) => [`summary_${s}`, `body_${s}`])];
  const formattedTitle = firstText(hit.formatted, titleFields) ?? '';
  const snippet = firstText(hit.formatted, snippetFields, hasHighlight) ?? firstText(hit.formatted, snippetFields) ?? '';
  const slug = str(hit.document.slug);
  const publishedAt = typeof hit.document.publishedAt === 'number' ? new Date(hit.document.publishedAt).toISOString() : null;
  return {
    type,
    id: String(hit.document.id),
    slug,
    url: urlOf(type, slug),
    threadId: str(hit.document.threadId),
    communityId: str(hit.document.communityId),
    language,
    title: stripHighlight(formattedTitle),
    titleHtml: highlightToHtml(formattedTitle),
    snippetHtml: highlightToHtml(snippet),
    publishedAt,
    country: str(hit.document.country),
    sector: str(hit.document.sector),
    practiceType: str(hit.document.practiceType),
    kind: str(hit.document.kind),
    evidenceLevel: str(hit.document.evidenceLevel),
    ownerType: str(hit.document.ownerType),
    organisationName: str(hit.document.organisationName),
    planStatus: str(hit.document.planStatus),
    programmeId: str(hit.document.programmeId),
  };
}

/** Facet counts keyed by the API's facet names (index field → name). */
export function presentFacets(result: EngineResult, facetFields: Readonly<Record<string, string>>, requested: readonly string[]): Record<string, Record<string, number>> {
  return Object.fromEntries(requested.map((name) => [name, { ...(result.facets[facetFields[name] ?? name] ?? {}) }]));
}

/** The filters a query names, with the term's label in the reader's language: `{ filter: 'sector', value: 'local-government', label }`. */
export function presentSuggestedFilters(suggested: readonly SuggestedFilter[], locale: SearchLanguage): Array<SuggestedFilter & { label: string }> {
  return suggested.map(({ filter, value }) => {
    const vocab = searchFilterFields[filter].vocab;
    return { filter, value, label: vocab ? termLabel(vocab, value, locale) : value };
  });
}
