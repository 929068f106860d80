// OpenAPI descriptions of /api/practices: lists, reads, edits and one endpoint per workflow transition.
import {
  createPracticeSchema,
  featurePracticeSchema,
  practiceListQuerySchema,
  publishPracticeSchema,
  requestChangesSchema,
  updatePracticeSchema,
} from '../../../commands/practices/schemas.js';
import { reasonSchema } from '../../../commands/shared/schemas.js';
import type { ApiOperation } from '../registry.js';
import { itemOperations, transitionOperation } from './common.js';

const tag = 'practices';

const transition = (name: string, summary: string, body?: ApiOperation['body']): ApiOperation =>
  transitionOperation('/api/practices', tag, name, summary, body);

export const practicePaths: ApiOperation[] = [
  ...itemOperations('/api/practices', tag, 'practice', { list: practiceListQuerySchema, create: createPracticeSchema, update: updatePracticeSchema }),
  { method: 'delete', path: '/api/practices/:id', tag, summary: 'Delete a never-published draft', responses: { 204: 'none', 401: 'none', 403: 'none', 404: 'none' } },
  transition('submit', 'Submit for review (400 lists the missing fields)'),
  transition('start-review', 'Start the review'),
  transition('request-changes', 'Request changes, with comments', requestChangesSchema),
  transition('publish', 'Publish now, or schedule with publishAt', publishPracticeSchema),
  transition('unpublish', 'Unpublish', reasonSchema),
  transition('archive', 'Archive', reasonSchema),
  transition('restore', 'Restore from the archive', reasonSchema),
  transition('feature', 'Feature or unfeature a published practice', featurePracticeSchema),
  { method: 'get', path: '/api/practices/:id/revisions', tag, summary: 'Revision history (author, organisers, administrators)', responses: { 200: 'list', 404: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/practices/:id/revisions/:rev', tag, summary: 'One revision with its snapshot', responses: { 200: 'item', 404: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/practices/:id/audit', tag, summary: 'Workflow audit trail', responses: { 200: 'list', 404: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/practices/:id/jsonld', tag: 'linked data', summary: 'schema.org JSON-LD (LearningResource, LRMI) of a published practice', responses: { 200: 'jsonld', 404: 'none' } },
];
