// The read side of the practice pages (browse, home): the browse list of published practices with several values per filter and
// disjunctive facet counts, newest and featured practices, and those sharing terms (related practices while search is down).
import type { QueryFilter, SortOrder } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Practice, PracticeText } from '../../models/practice.js';
import { isTerm, termIds, type VocabularyId } from '../../vocab/index.js';

/** What a practice card shows: the list fields, and of each language version only what chooses and titles it. */
export type PracticeCard = Pick<
  Practice,
  '_id' | 'slug' | 'originalLanguage' | 'country' | 'region' | 'sector' | 'practiceType' | 'evidenceLevel' | 'publishedAt' | 'digCompEdu'
> & { texts: Record<string, Pick<PracticeText, 'title' | 'excerpt' | 'provenance' | 'reviewed'>> };

const cardTopFields = ['slug', 'originalLanguage', 'country', 'region', 'sector', 'practiceType', 'evidenceLevel', 'publishedAt', 'digCompEdu'];
const cardTextFields = ['title', 'excerpt', 'provenance', 'reviewed'];
/** Reads a card's fields only: a practice is ~10 KB of Markdown and HTML, its card well under 1 KB to decode. */
export const cardProjection: Record<string, 1> = Object.fromEntries(
  [...cardTopFields, ...termIds('languages').flatMap((language) => cardTextFields.map((field) => `texts.${language}.${field}`))].map((path) => [path, 1]),
);

/** One value of a facet with how many published practices carry it. */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

/** The browse filters: query parameter → practice field and the vocabulary its values come from. */
export const practiceFacets = [
  { param: 'type', field: 'practiceType', vocab: 'practiceTypes', array: false },
  { param: 'sector', field: 'sector', vocab: 'sectors', array: false },
  { param: 'country', field: 'country', vocab: 'countries', array: false },
  { param: 'level', field: 'educationLevels', vocab: 'educationLevels', array: true },
  { param: 'competence', field: 'digCompEdu', vocab: 'digCompEdu', array: true },
  { param: 'evidence', field: 'evidenceLevel', vocab: 'evidenceLevels', array: false },
  { param: 'language', field: 'languages', vocab: 'languages', array: true },
] as const satisfies readonly { param: string; field: keyof Practice; vocab: VocabularyId; array: boolean }[];

export type FacetParam = (typeof practiceFacets)[number]['param'];
export type PracticeFilters = Partial<Record<FacetParam, string[]>>;

const published: QueryFilter<Practice> = { state: 'published', deletedAt: null };

/** Reads the filters from a query string: repeated or single values, unknown terms dropped. */
export function parsePracticeFilters(query: Record<string, unknown>): PracticeFilters {
  const filters: PracticeFilters = {};
  for (const facet of practiceFacets) {
    const raw = query[facet.param];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => isTerm(facet.vocab, value));
    if (values.length) filters[facet.param] = [...new Set(values)].slice(0, 20);
  }
  return filters;
}

function mongoFilter(filters: PracticeFilters, except?: FacetParam): QueryFilter<Practice> {
  const clauses: QueryFilter<Practice> = { ...published };
  for (const facet of practiceFacets) {
    const values = filters[facet.param];
    if (facet.param !== except && values?.length) Object.assign(clauses, { [facet.field]: { $in: values } });
  }
  return clauses;
}

async function facetCounts(ctx: AppContext, filters: PracticeFilters): Promise<Record<FacetParam, FacetValue[]>> {
  const entries = await Promise.all(
    practiceFacets.map(async (facet) => {
      const rows = await ctx.models.Practice.aggregate<{ _id: string | null; count: number }>([
        { $match: mongoFilter(filters, facet.param) },
        ...(facet.array ? [{ $unwind: `$${facet.field}` }] : []),
        { $sortByCount: `$${facet.field}` },
      ]);
      const values = rows.filter((row) => typeof row._id === 'string' && row._id).map((row) => ({ value: String(row._id), count: row.count }));
      return [facet.param, values] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<FacetParam, FacetValue[]>;
}

export interface PracticeBrowse {
  items: PracticeCard[];
  page: { offset: number; limit: number; total: number };
  facets: Record<FacetParam, FacetValue[]>;
}

const browseOrder = (sort: 'newest' | 'title'): Record<string, SortOrder> => (sort === 'title' ? { sortTitle: 1, _id: 1 } : { publishedAt: -1, _id: -1 });

/** The browse list without facets or paging, for an export: at most `limit` practices in the browse order. */
export async function exportBrowsedPractices(ctx: AppContext, filters: PracticeFilters, sort: 'newest' | 'title', limit: number): Promise<Practice[]> {
  return ctx.models.Practice.find(mongoFilter(filters), { contact: 0, reviewComments: 0 }).sort(browseOrder(sort)).limit(limit).lean<Practice[]>();
}

export async function browsePractices(
  ctx: AppContext,
  filters: PracticeFilters,
  sort: 'newest' | 'title',
  page: { offset: number; limit: number },
): Promise<PracticeBrowse> {
  const filter = mongoFilter(filters);
  const [items, total, facets] = await Promise.all([
    ctx.models.Practice.find(filter, cardProjection).sort(browseOrder(sort)).skip(page.offset).limit(page.limit).lean<PracticeCard[]>(),
    ctx.models.Practice.countDocuments(filter),
    facetCounts(ctx, filters),
  ]);
  return { items, page: { ...page, total }, facets };
}

/** Published practices sharing a DigCompEdu competence or the sector, newest first (related practices while search is down). */
export async function newestSharingTerms(ctx: AppContext, practice: Practice, limit = 4): Promise<PracticeCard[]> {
  const alike: QueryFilter<Practice>[] = [];
  if (practice.digCompEdu?.length) alike.push({ digCompEdu: { $in: practice.digCompEdu } });
  if (practice.sector) alike.push({ sector: practice.sector });
  if (alike.length === 0) return [];
  return ctx.models.Practice.find({ ...published, _id: { $ne: practice._id }, $or: alike }, cardProjection)
    .sort({ publishedAt: -1, _id: -1 })
    .limit(limit)
    .lean<PracticeCard[]>();
}

export async function newestPractices(ctx: AppContext, limit: number, featured = false): Promise<PracticeCard[]> {
  return ctx.models.Practice.find({ ...published, ...(featured ? { featured: true } : {}) }, cardProjection)
    .sort({ publishedAt: -1, _id: -1 })
    .limit(limit)
    .lean<PracticeCard[]>();
}

export async function countPublishedPractices(ctx: AppContext): Promise<number> {
  return ctx.models.Practice.countDocuments(published);
}
