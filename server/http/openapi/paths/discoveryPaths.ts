// OpenAPI descriptions of the vocabularies, search, this document itself, and the feeds.
import { feedQuerySchema } from '../../../commands/feeds/schemas.js';
import { searchAnalyticsQuerySchema, searchClickSchema, searchQuerySchema, suggestQuerySchema, typeSearchQuerySchema } from '../../../commands/search/schemas.js';
import { vocabQuerySchema } from '../../routes/vocabRoutes.js';
import { searchTypes } from '../../../search/searchDocument.js';
import type { ApiOperation } from '../registry.js';

const searchResponses = { 200: 'list', 400: 'none' } as const;

export const discoveryPaths: ApiOperation[] = [
  { method: 'get', path: '/api/vocab', tag: 'vocabularies', summary: 'Every controlled vocabulary (labels in all UI languages, or one with ?locale=)', query: vocabQuerySchema, responses: { 200: 'item', 400: 'none' } },
  { method: 'get', path: '/api/search', tag: 'search', summary: 'Federated search over practices, resources, posts and public plans, with facets (plans: ?programme=, ?organisationType=, ?planStatus=, ?country=)', query: searchQuerySchema, responses: searchResponses },
  { method: 'get', path: '/api/search/suggest', tag: 'search', summary: 'Title suggestions while typing', query: suggestQuerySchema, responses: searchResponses },
  ...searchTypes.map(
    (type): ApiOperation => ({ method: 'get', path: `/api/search/${type}`, tag: 'search', summary: `Search ${type} only`, query: typeSearchQuerySchema, responses: searchResponses }),
  ),
  { method: 'post', path: '/api/search/clicks', tag: 'search', summary: 'Count an opened search result at its position (aggregated per query and day, nothing about the reader)', body: searchClickSchema, responses: { 204: 'none', 400: 'none' } },
  { method: 'get', path: '/api/search/analytics', tag: 'search', summary: 'Search analytics for organisers: top queries, queries with no results, clicks by position, searches per day', query: searchAnalyticsQuerySchema, responses: { 200: 'item', 400: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/openapi.json', tag: 'documentation', summary: 'This OpenAPI 3.1 document', responses: { 200: 'json' } },
  { method: 'get', path: '/api/docs', tag: 'documentation', summary: 'The browsable API documentation', responses: { 200: 'html' } },
  { method: 'get', path: '/feeds/practices.rss', tag: 'feeds', summary: 'RSS 2.0 of newly published practices (?sector=, ?area=digCompEdu:2, ?language=)', query: feedQuerySchema, responses: { 200: 'xml', 400: 'none' } },
  { method: 'get', path: '/feeds/practices.atom', tag: 'feeds', summary: 'Atom 1.0 of newly published practices (?sector=, ?area=digCompEdu:2, ?language=)', query: feedQuerySchema, responses: { 200: 'xml', 400: 'none' } },
];
