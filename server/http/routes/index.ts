// The list of API routers mounted under /api; each capability adds its router here. Search comes first: it is the
// most requested API, and Express walks every route of the routers before the one that answers (none shares its paths).
import type { Router } from 'express';
import type { AppContext } from '../../context.js';
import { accountLifecycleRoutes } from './accountLifecycleRoutes.js';
import { accountRoutes } from './accountRoutes.js';
import { collectionRoutes } from './collectionRoutes.js';
import { communityRoutes } from './communityRoutes.js';
import { flagRoutes } from './flagRoutes.js';
import { jsonLdRoutes } from './jsonLdRoutes.js';
import { mailRoutes } from './mailRoutes.js';
import { notificationRoutes } from './notificationRoutes.js';
import { openApiRoutes } from './openApiRoutes.js';
import { organisationRoutes } from './organisationRoutes.js';
import { planRoutes } from './planRoutes.js';
import { practiceRoutes } from './practiceRoutes.js';
import { programmeRoutes } from './programmeRoutes.js';
import { resourceRoutes } from './resourceRoutes.js';
import { roomRoutes } from './roomRoutes.js';
import { searchRoutes } from './searchRoutes.js';
import { selfAssessmentRoundRoutes } from './selfAssessmentRoundRoutes.js';
import { selfAssessmentRoutes } from './selfAssessmentRoutes.js';
import { threadRoutes } from './threadRoutes.js';
import { learningRoutes } from './learningRoutes.js';
import { statisticsRoutes } from './statisticsRoutes.js';
import { trainingRoutes } from './trainingRoutes.js';
import { uploadRoutes } from './uploadRoutes.js';
import { userAdminRoutes } from './userAdminRoutes.js';
import { vocabRoutes } from './vocabRoutes.js';

export function apiRouters(ctx: AppContext): Router[] {
  return [searchRoutes(ctx), accountRoutes(ctx), accountLifecycleRoutes(ctx), uploadRoutes(ctx), communityRoutes(ctx), threadRoutes(ctx), roomRoutes(ctx), flagRoutes(ctx), vocabRoutes(), practiceRoutes(ctx), resourceRoutes(ctx), collectionRoutes(ctx), jsonLdRoutes(ctx), openApiRoutes(ctx), userAdminRoutes(ctx), trainingRoutes(ctx), organisationRoutes(ctx), programmeRoutes(ctx), mailRoutes(ctx), notificationRoutes(ctx), learningRoutes(ctx), planRoutes(ctx), statisticsRoutes(ctx), selfAssessmentRoutes(ctx), selfAssessmentRoundRoutes(ctx)];
}
