// OpenAPI descriptions of what others reuse the repository through: the OAI-PMH 2.0 endpoint and its format schema.
import { oaiQuerySchema } from '../../../commands/oai/schemas.js';
import type { ApiOperation } from '../registry.js';

const tag = 'reuse';
const oaiDescription = 'Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord; oai_dc and praxis formats; sets type:…, sector:…, country:…; protocol errors answer 200 with <error code>.';

export const reusePaths: ApiOperation[] = [
  { method: 'get', path: '/oai', tag, summary: 'OAI-PMH 2.0 requests (query arguments)', description: oaiDescription, query: oaiQuerySchema, responses: { 200: 'xml' } },
  { method: 'post', path: '/oai', tag, summary: 'OAI-PMH 2.0 requests (form arguments; no session or CSRF token needed)', description: oaiDescription, responses: { 200: 'xml' } },
  { method: 'get', path: '/oai/praxis.xsd', tag, summary: 'The XML Schema of the praxis metadata format', responses: { 200: 'xml' } },
  { method: 'get', path: '/sitemap.xml', tag, summary: 'Every public page, with hreflang alternates per interface language', responses: { 200: 'xml' } },
  { method: 'get', path: '/robots.txt', tag, summary: 'Crawler rules naming the sitemap', responses: { 200: 'none' } },
  { method: 'get', path: '/practices/:slug/pdf', tag, summary: 'A practice as PDF (?text=<language>; labels in the reader’s language, with licence and citation)', responses: { 200: 'none', 301: 'redirect', 404: 'none' } },
  { method: 'get', path: '/practices/export.:format', tag, summary: 'The /practices browse result (same filters, at most 1,000) as .csv or .json', responses: { 200: 'none', 400: 'none' } },
  { method: 'get', path: '/collections/:slug/export.:format', tag, summary: 'A collection’s visible items as .csv or .json, section by section, each row naming its section', responses: { 200: 'none', 400: 'none', 404: 'none' } },
];
