// Swedish interface texts, assembled from the area catalogues.
import type { Messages } from './en.js';
import { svCore } from './sv/core.js';
import { svErrors } from './sv/errors.js';
import { svJourneys } from './sv/journeys.js';
import { svMail } from './sv/mail.js';
import { svPublic } from './sv/public.js';
import { svReuse } from './sv/reuse.js';
import { svChanges } from './sv/changes.js';
import { svTrainings } from './sv/trainings.js';
import { svRoom } from './sv/room.js';
import { svReview } from './sv/review.js';
import { svNotify } from './sv/notify.js';
import { svPlans } from './sv/plans.js';
import { svSelfAssessment } from './sv/selfAssessment.js';
import { svSearch } from './sv/search.js';
import { svAuthoring } from './sv/authoring.js';

export const sv: Messages = { ...svCore, ...svErrors, ...svPublic, ...svJourneys, ...svReuse, ...svChanges, ...svMail, ...svTrainings, ...svRoom, ...svReview, ...svPlans, ...svSelfAssessment, ...svNotify, ...svSearch, ...svAuthoring };
