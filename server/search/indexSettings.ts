// Index settings as code, the same for every index (one field scheme): searchable attributes ranked
// title > summary > vocabulary labels > body > tags, per-language fields as localizedAttributes, filterable facets, sortable dates.
import type { Settings } from 'meilisearch';
import { searchLanguages, meiliLocales } from './textAnalysis.js';
import { languageSlots } from './searchDocument.js';
import { vocabularyTextFields } from './vocabularyText.js';

const perSlot = (prefix: string): string[] => languageSlots.map((slot) => `${prefix}_${slot}`);
const perLanguage = (prefix: string): string[] => searchLanguages.map((language) => `${prefix}_${language}`);

export const filterableAttributes = [
  'type',
  'visibility',
  'communityId',
  'country',
  'sector',
  'practiceType',
  'kind',
  'languages',
  'educationLevels',
  'digCompEdu',
  'digComp',
  'selfieAreas',
  'targetGroups',
  'evidenceLevel',
  'licence',
  'tags',
  'programmeId',
  'ownerType',
  'planStatus',
  'publishedAt',
  'updatedAt',
] as const;

export const sortableAttributes = ['publishedAt', 'updatedAt'] as const;

export const indexSettings: Settings = {
  searchableAttributes: [
    ...perSlot('title'),
    'foldTitle',
    ...perLanguage('stemTitle'),
    ...perSlot('summary'),
    'foldSummary',
    ...vocabularyTextFields,
    ...perSlot('body'),
    'foldBody',
    ...perLanguage('stemBody'),
    'tags',
  ],
  filterableAttributes: [...filterableAttributes],
  sortableAttributes: [...sortableAttributes],
  localizedAttributes: searchLanguages.map((language) => ({ attributePatterns: [`*_${language}`], locales: [meiliLocales[language]] })),
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 2000 },
};
