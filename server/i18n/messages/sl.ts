// Slovenian interface texts, assembled from the area catalogues.
import type { Messages } from './en.js';
import { slCore } from './sl/core.js';
import { slErrors } from './sl/errors.js';
import { slJourneys } from './sl/journeys.js';
import { slMail } from './sl/mail.js';
import { slPublic } from './sl/public.js';
import { slReuse } from './sl/reuse.js';
import { slChanges } from './sl/changes.js';
import { slTrainings } from './sl/trainings.js';
import { slRoom } from './sl/room.js';
import { slReview } from './sl/review.js';
import { slNotify } from './sl/notify.js';
import { slPlans } from './sl/plans.js';
import { slSelfAssessment } from './sl/selfAssessment.js';
import { slSearch } from './sl/search.js';
import { slAuthoring } from './sl/authoring.js';

export const sl: Messages = { ...slCore, ...slErrors, ...slPublic, ...slJourneys, ...slReuse, ...slChanges, ...slMail, ...slTrainings, ...slRoom, ...slReview, ...slPlans, ...slSelfAssessment, ...slNotify, ...slSearch, ...slAuthoring };
