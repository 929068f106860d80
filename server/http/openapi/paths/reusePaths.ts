// OpenAPI descriptions of what others reuse the repository through: the OAI-PMH 2.0 endpoint and its format schema.
import { oaiQuerySchema } from '../../../commands/oai/schemas.js';
import type { ApiOperation } from '../registry.js';

const tag = 'reuse';
const oaiDescription = 'Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord; oai_dc and praxis formats; sets type:…, sector:…, country:…; protocol errors answer 200 with <error code>.';

export const reusePaths: ApiOperation[] = [
  { method: 'get', path: '/oai', tag, summary: 'OAI-PMH 2.0 requests (query arguments)', description: oaiDescription, query: oaiQuerySchema, responses: { 200: 'xml' } },
  { method: 'post', path: '/oai', tag, summary: 'OAI-PMH 2.0 requests (form arguments; no session or CSRF token needed)', description: oaiDescription, responses: { 200: 'xml' } },
  { method: 'get', path: '/oai/praxis.xsd', tag, summary: 'The XML Schema of the praxis metadata format', responses: { 200: 'xml' } },
];
