// Every described operation, area by area; the OpenAPI document is built from this list.
import type { ApiOperation } from './registry.js';
import { accountPaths } from './paths/accountPaths.js';
import { collectionPaths } from './paths/collectionPaths.js';
import { communityPaths } from './paths/communityPaths.js';
import { discoveryPaths } from './paths/discoveryPaths.js';
import { mailPaths } from './paths/mailPaths.js';
import { notificationPaths } from './paths/notificationPaths.js';
import { organisationPaths } from './paths/organisationPaths.js';
import { planPaths } from './paths/planPaths.js';
import { practicePaths } from './paths/practicePaths.js';
import { resourcePaths } from './paths/resourcePaths.js';
import { reusePaths } from './paths/reusePaths.js';
import { roomPaths } from './paths/roomPaths.js';
import { selfAssessmentPaths } from './paths/selfAssessmentPaths.js';
import { trainingPaths } from './paths/trainingPaths.js';
import { uploadPaths } from './paths/uploadPaths.js';

export const apiOperations: readonly ApiOperation[] = [
  ...accountPaths,
  ...practicePaths,
  ...resourcePaths,
  ...collectionPaths,
  ...communityPaths,
  ...roomPaths,
  ...uploadPaths,
  ...discoveryPaths,
  ...mailPaths,
  ...notificationPaths,
  ...organisationPaths,
  ...planPaths,
  ...reusePaths,
  ...trainingPaths,
  ...selfAssessmentPaths,
];
