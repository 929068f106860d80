// OpenAPI descriptions of /api/practices: lists, reads, edits (a published one's attachments through its pending change)
// and one endpoint per workflow transition.
import {
  attachmentOrderSchema,
  createPracticeSchema,
  featurePracticeSchema,
  newTranslationSchema,
  returnChangeSchema,
  submitChangeSchema,
  translationChangeSchema,
  practiceListQuerySchema,
  proposeAttachmentSchema,
  proposedOrderSchema,
  publishPracticeSchema,
  requestChangesSchema,
  updatePracticeSchema,
} from '../../../commands/practices/schemas.js';
import { reasonSchema } from '../../../commands/shared/schemas.js';
import type { ApiOperation } from '../registry.js';
import { create, itemOperations, transitionOperation, write } from './common.js';

const tag = 'practices';

const transition = (name: string, summary: string, body?: ApiOperation['body']): ApiOperation =>
  transitionOperation('/api/practices', tag, name, summary, body);

const change = (name: string, summary: string, body?: ApiOperation['body']): ApiOperation => ({
  method: 'post', path: `/api/practices/:id/changes/:target/${name}`, tag, summary, ...(body ? { body } : {}),
  responses: { ...write, 422: 'none' },
});

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
  { method: 'put', path: '/api/practices/:id/attachments/order', tag, summary: 'Reorder the attachments (400 attachment_order_mismatch, 409 stale_revision)', body: attachmentOrderSchema, responses: write },
  { method: 'post', path: '/api/practices/:id/changes/record/attachments', tag, summary: 'Add a file to the pending change of a published practice, or change its licence, caption or alt text (400 alt_text_required)', body: proposeAttachmentSchema, responses: write },
  { method: 'put', path: '/api/practices/:id/changes/record/attachments/order', tag, summary: 'Reorder the attachments of the pending change (400 attachment_order_mismatch)', body: proposedOrderSchema, responses: write },
  { method: 'delete', path: '/api/practices/:id/changes/record/attachments/:uploadId', tag, summary: 'Remove a file from the pending change; it leaves the practice when the change is published', responses: write },
  { method: 'post', path: '/api/practices/:id/translations', tag, summary: 'Add a translation as a pending change (409 translation_exists)', body: newTranslationSchema, responses: { ...create, 404: 'none', 409: 'none' } },
  { method: 'patch', path: '/api/practices/:id/translations/:language', tag, summary: 'Edit a translation (its pending change)', body: translationChangeSchema, responses: write },
  change('submit', 'Send a pending change for review, or publish a minor one (422 change_not_minor)', submitChangeSchema),
  change('publish', 'Publish a pending change (reviewers)'),
  change('return', 'Send a pending change back to its author', returnChangeSchema),
  change('discard', 'Drop a pending change'),
  { method: 'get', path: '/api/practices/:id/revisions', tag, summary: 'Revision history (author, organisers, administrators)', responses: { 200: 'list', 404: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/practices/:id/revisions/:rev', tag, summary: 'One revision with its snapshot', responses: { 200: 'item', 404: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/practices/:id/audit', tag, summary: 'Workflow audit trail', responses: { 200: 'list', 404: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/practices/:id/jsonld', tag: 'linked data', summary: 'schema.org JSON-LD (LearningResource, LRMI) of a published practice', responses: { 200: 'jsonld', 404: 'none' } },
];
