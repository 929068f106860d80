// OpenAPI descriptions of the administrators' mail view.
import { outboxQuerySchema } from '../../../commands/mail/schemas.js';
import type { ApiOperation } from '../registry.js';

export const mailPaths: ApiOperation[] = [
  { method: 'get', path: '/api/admin/mail', tag: 'mail', summary: 'Outbox counts and latest messages, and what the embedded mail server received (administrators)', query: outboxQuerySchema, responses: { 200: 'json', 400: 'none', 401: 'none', 403: 'none' } },
];
