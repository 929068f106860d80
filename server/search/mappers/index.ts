// The registry of searchable types: adding a type to search is one entry here (plus its mapper).
import type { SearchType } from '../searchDocument.js';
import type { SearchMapper } from './mapperTypes.js';
import { postMapper } from './postMapper.js';
import { practiceMapper } from './practiceMapper.js';
import { planMapper } from './planMapper.js';
import { resourceMapper } from './resourceMapper.js';

export const searchMappers: Readonly<Record<SearchType, SearchMapper>> = {
  practices: practiceMapper,
  resources: resourceMapper,
  posts: postMapper,
  plans: planMapper,
};

export type { RawDocument, SearchMapper } from './mapperTypes.js';
