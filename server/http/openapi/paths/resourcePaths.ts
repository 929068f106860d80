// OpenAPI descriptions of /api/resources.
import { createResourceSchema, resourceListQuerySchema, updateResourceSchema } from '../../../commands/resources/schemas.js';
import { reasonSchema } from '../../../commands/shared/schemas.js';
import type { ApiOperation } from '../registry.js';
import { itemOperations, transitionOperation } from './common.js';

const tag = 'resources';

const transition = (name: string, summary: string): ApiOperation => transitionOperation('/api/resources', tag, name, summary, reasonSchema);

export const resourcePaths: ApiOperation[] = [
  ...itemOperations('/api/resources', tag, 'resource', { list: resourceListQuerySchema, create: createResourceSchema, update: updateResourceSchema }),
  transition('publish', 'Publish (organisers)'),
  transition('unpublish', 'Unpublish back to draft (organisers)'),
  transition('archive', 'Archive (organisers)'),
  transition('restore', 'Restore from the archive to draft (organisers)'),
  { method: 'get', path: '/api/resources/:id/jsonld', tag: 'linked data', summary: 'schema.org JSON-LD (LearningResource, LRMI) of a published resource', responses: { 200: 'jsonld', 404: 'none' } },
];
