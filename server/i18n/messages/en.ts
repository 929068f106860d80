// English interface texts: the reference catalogue every other language must match key for key.
import { enCore } from './en/core.js';
import { enErrors } from './en/errors.js';
import { enJourneys } from './en/journeys.js';
import { enMail } from './en/mail.js';
import { enPublic } from './en/public.js';
import { enReuse } from './en/reuse.js';
import { enChanges } from './en/changes.js';
import { enTrainings } from './en/trainings.js';
import { enRoom } from './en/room.js';
import { enReview } from './en/review.js';
import { enNotify } from './en/notify.js';
import { enPlans } from './en/plans.js';
import { enSelfAssessment } from './en/selfAssessment.js';
import { enSearch } from './en/search.js';
import { enAuthoring } from './en/authoring.js';

export const en = { ...enCore, ...enErrors, ...enPublic, ...enJourneys, ...enReuse, ...enChanges, ...enMail, ...enTrainings, ...enRoom, ...enReview, ...enPlans, ...enSelfAssessment, ...enNotify, ...enSearch, ...enAuthoring } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
/** The keys of one area's catalogue, so each language file of that area is checked key for key. */
export type AreaMessages<T> = Record<keyof T, string>;
