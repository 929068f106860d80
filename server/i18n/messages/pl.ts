// Polish interface texts, assembled from the area catalogues.
import type { Messages } from './en.js';
import { plCore } from './pl/core.js';
import { plErrors } from './pl/errors.js';
import { plJourneys } from './pl/journeys.js';
import { plMail } from './pl/mail.js';
import { plPublic } from './pl/public.js';
import { plReuse } from './pl/reuse.js';
import { plChanges } from './pl/changes.js';
import { plTrainings } from './pl/trainings.js';
import { plRoom } from './pl/room.js';
import { plReview } from './pl/review.js';
import { plNotify } from './pl/notify.js';
import { plPlans } from './pl/plans.js';
import { plSelfAssessment } from './pl/selfAssessment.js';
import { plSearch } from './pl/search.js';
import { plAuthoring } from './pl/authoring.js';

export const pl: Messages = { ...plCore, ...plErrors, ...plPublic, ...plJourneys, ...plReuse, ...plChanges, ...plMail, ...plTrainings, ...plRoom, ...plReview, ...plPlans, ...plSelfAssessment, ...plNotify, ...plSearch, ...plAuthoring };
