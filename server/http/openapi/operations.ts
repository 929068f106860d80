// Every described operation, area by area; the OpenAPI document is built from this list.
import type { ApiOperation } from './registry.js';
import { accountPaths } from './paths/accountPaths.js';
import { collectionPaths } from './paths/collectionPaths.js';
import { discoveryPaths } from './paths/discoveryPaths.js';
import { practicePaths } from './paths/practicePaths.js';
import { resourcePaths } from './paths/resourcePaths.js';

export const apiOperations: readonly ApiOperation[] = [...accountPaths, ...practicePaths, ...resourcePaths, ...collectionPaths, ...discoveryPaths];
