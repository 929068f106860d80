// OpenAPI descriptions of /api/collections.
import { collectionListQuerySchema, createCollectionSchema, updateCollectionSchema } from '../../../commands/collections/schemas.js';
import { publishRequestSchema, reasonSchema } from '../../../commands/shared/schemas.js';
import type { ApiOperation } from '../registry.js';
import { itemOperations, transitionOperation } from './common.js';

const tag = 'collections';

export const collectionPaths: ApiOperation[] = [
  ...itemOperations('/api/collections', tag, 'collection', { list: collectionListQuerySchema, create: createCollectionSchema, update: updateCollectionSchema }),
  transitionOperation('/api/collections', tag, 'publish', 'Publish now, or schedule with a future publishAt', publishRequestSchema),
  transitionOperation('/api/collections', tag, 'unpublish', 'Unpublish (or cancel the schedule) back to draft', reasonSchema),
];
