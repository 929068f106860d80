// zod schemas of the search query strings: every filter value must be a known vocabulary term (or an id), so
// nothing a reader types ever reaches a Meilisearch filter unvalidated.
import { z } from 'zod';
import { termSchema, uiLocales, type VocabularyId } from '../../vocab/index.js';
import { planStatuses } from '../../models/plan.js';
import { objectIdSchema } from '../shared/schemas.js';

/** A query parameter given once, repeated, or comma-separated, as a list of distinct valid values. */
function listParam<T extends z.ZodType<string, string>>(item: T, max = 30): z.ZodType<z.output<T>[], string | string[]> {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(max))
    .transform((values) => [...new Set(values)]);
}

/** Filter parameter → the index field it filters, the values it accepts and the vocabulary they come from. */
export const searchFilterFields = {
  sector: { field: 'sector', values: termSchema('sectors'), vocab: 'sectors' },
  country: { field: 'country', values: termSchema('countries'), vocab: 'countries' },
  language: { field: 'languages', values: termSchema('languages'), vocab: 'languages' },
  educationLevel: { field: 'educationLevels', values: termSchema('educationLevels'), vocab: 'educationLevels' },
  targetGroup: { field: 'targetGroups', values: termSchema('targetGroups'), vocab: 'targetGroups' },
  digCompEdu: { field: 'digCompEdu', values: termSchema('digCompEdu'), vocab: 'digCompEdu' },
  digComp: { field: 'digComp', values: termSchema('digComp'), vocab: 'digComp' },
  selfieArea: { field: 'selfieAreas', values: termSchema('selfieAreas'), vocab: 'selfieAreas' },
  evidenceLevel: { field: 'evidenceLevel', values: termSchema('evidenceLevels'), vocab: 'evidenceLevels' },
  practiceType: { field: 'practiceType', values: termSchema('practiceTypes'), vocab: 'practiceTypes' },
  resourceKind: { field: 'kind', values: termSchema('resourceKinds'), vocab: 'resourceKinds' },
  community: { field: 'communityId', values: objectIdSchema, vocab: null },
  programme: { field: 'programmeId', values: objectIdSchema, vocab: null },
  organisationType: { field: 'ownerType', values: termSchema('ownerTypes'), vocab: 'ownerTypes' },
  planStatus: { field: 'planStatus', values: z.enum(planStatuses, { error: 'must be a plan status (adopted, in-implementation, completed, discontinued)' }), vocab: null },
} as const satisfies Record<string, { field: string; values: z.ZodType<string, string>; vocab: VocabularyId | null }>;
export type SearchFilterName = keyof typeof searchFilterFields;

export const searchFacetNames = ['type', ...(Object.keys(searchFilterFields) as SearchFilterName[])] as const;
export type SearchFacetName = (typeof searchFacetNames)[number];

export const searchTypeNames = { practice: 'practices', resource: 'resources', post: 'posts', plan: 'plans' } as const;

const filterParams = Object.fromEntries(
  Object.entries(searchFilterFields).map(([name, { values }]) => [name, listParam(values).optional()]),
) as Record<SearchFilterName, z.ZodOptional<z.ZodType<string[], string | string[]>>>;

const localeParam = z.enum(uiLocales, { error: 'must be one of sl, pl, sv, en' }).optional();

export const typeSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  locale: localeParam,
  facets: listParam(z.enum(searchFacetNames, { error: (issue) => `${JSON.stringify(issue.input)} is not a facet` })).optional(),
  sort: z.enum(['relevance', 'newest', 'updated']).default('relevance'),
  offset: z.coerce.number().int().min(0).max(1900).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  ...filterParams,
});

export const searchQuerySchema = typeSearchQuerySchema.extend({
  type: listParam(z.enum(Object.keys(searchTypeNames) as (keyof typeof searchTypeNames)[], { error: 'must be practice, resource, post or plan' })).optional(),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

export const suggestQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  locale: localeParam,
  limit: z.coerce.number().int().min(1).max(10).default(6),
});

/** A result opened from a search: the query, the interface language and its position in the list (1 = first). */
export const searchClickSchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  locale: z.enum(uiLocales, { error: 'must be one of sl, pl, sv, en' }),
  position: z.coerce.number().int().min(1).max(2000),
});

export const searchAnalyticsQuerySchema = z.strictObject({
  days: z.coerce.number().int().refine((days) => [7, 30, 90].includes(days), 'must be 7, 30 or 90').default(30),
});
