// OpenAPI descriptions of /api/self-assessments (instruments, attempts, results, recommendations, saved ones,
// sharing), a school's rounds and their aggregates, and the programme view.
import { answersSchema, compareRoundsQuerySchema, createRoundSchema, instrumentInputSchema, instrumentVersionQuerySchema, programmeViewQuerySchema, roundPlanActionsSchema, saveRecommendationSchema, startAttemptSchema } from '../../../commands/selfAssessment/schemas.js';
import { aggregateThreshold } from '../../../commands/selfAssessment/aggregates.js';
import type { ApiOperation } from '../registry.js';
import { actQuietly, create, createIn, guardedList, write } from './common.js';

const tag = 'self-assessment';
const base = '/api/self-assessments';
const own = { 200: 'item', 401: 'none', 404: 'none' } as const;
const rounds = '/api/self-assessment-rounds';
const guarded = { 200: 'item', 400: 'none', 401: 'none', 403: 'none', 404: 'none' } as const;

export const selfAssessmentPaths: ApiOperation[] = [
  { method: 'get', path: `${base}/instruments`, tag, summary: 'The current version of every self-assessment instrument, with its items in sl/pl/sv/en', responses: { 200: 'json' } },
  { method: 'post', path: `${base}/instruments`, tag, summary: 'Publish a new version of an instrument (organisers); earlier results stay tied to their version (409 instrument_kind_changed)', body: instrumentInputSchema, responses: { ...create, 409: 'none' } },
  { method: 'post', path: `${base}/instruments/drafts`, tag, summary: 'Save a new version of an instrument as a draft (organisers): not offered until published (409 instrument_kind_changed)', body: instrumentInputSchema, responses: { ...create, 409: 'none' } },
  { method: 'post', path: `${base}/instruments/:key/versions/:version/publish`, tag, summary: 'Publish a draft version (organisers; 409 instrument_not_draft)', responses: { 200: 'item', 403: 'none', 404: 'none', 409: 'none' } },
  { method: 'post', path: `${base}/instruments/:key/retire`, tag, summary: 'Retire an instrument (organisers): no new attempts or rounds, results stay readable (409 instrument_retired)', responses: { 200: 'item', 403: 'none', 404: 'none', 409: 'none' } },
  { method: 'get', path: `${base}/instruments/:key`, tag, summary: 'One instrument by key: the newest version, or ?version=', query: instrumentVersionQuerySchema, responses: { 200: 'item', 400: 'none', 404: 'none' } },
  { method: 'get', path: `${base}/attempts`, tag, summary: 'Your own attempts, newest first (only ever the signed-in person’s)', responses: { 200: 'json', 401: 'none' } },
  { method: 'post', path: `${base}/attempts`, tag, summary: 'Start taking an instrument, or resume the attempt in progress; in a school’s round with roundId and role (400 role_required, round_required; 409 round_closed, attempt_submitted)', body: startAttemptSchema, responses: { ...create, 404: 'none', 409: 'none' } },
  { method: 'get', path: `${base}/attempts/:id`, tag, summary: 'One of your attempts with its answers (404 for anyone but its owner)', responses: own },
  { method: 'put', path: `${base}/attempts/:id/answers`, tag, summary: 'Save some answers, to continue later (400 unknown_statement, unknown_option; 409 attempt_submitted, round_closed)', body: answersSchema, responses: write },
  { method: 'post', path: `${base}/attempts/:id/submit`, tag, summary: 'Submit an attempt once every statement is answered (400 answers_incomplete; 409 attempt_submitted, round_closed)', responses: write },
  { method: 'get', path: `${base}/results/:id`, tag, summary: 'Your result: the level per competence or area and the change since your previous result (409 attempt_not_submitted)', responses: { ...own, 409: 'none' } },
  { method: 'get', path: `${base}/results/:id/recommendations`, tag, summary: 'For the weakest competences or areas of your result: aligned published practices and resources (your language first, then others) and open communities, each with the dimension it addresses', responses: { ...own, 409: 'none' } },
  { method: 'post', path: `${base}/results/:id/share`, tag, summary: 'Share your result by a secret link (the same link when shared already): whoever holds it sees the levels, never the answers, your name or earlier results (409 attempt_not_submitted)', responses: { ...create, 404: 'none', 409: 'none' } },
  { method: 'post', path: `${base}/results/:id/share/revoke`, tag, summary: 'Revoke the share link of your result: the old link finds nothing from then on', responses: actQuietly },
  { method: 'get', path: `${base}/shared/:token`, tag, summary: 'A result shared by its owner: the levels per competence or area only (404 for a revoked, unknown or malformed token)', responses: { 200: 'item', 404: 'none' } },
  { method: 'get', path: `${base}/saved`, tag, summary: 'Your saved recommendations with their titles and links', responses: { 200: 'json', 401: 'none' } },
  { method: 'post', path: `${base}/saved`, tag, summary: 'Save a recommendation for later (saving it again keeps one; 404 when the item is not visible)', body: saveRecommendationSchema, responses: { ...create, 404: 'none' } },
  { method: 'post', path: `${base}/saved/:id/remove`, tag, summary: 'Remove one of your saved recommendations', responses: actQuietly },
  { method: 'get', path: '/api/organisations/:id/self-assessment-rounds', tag, summary: 'The school’s rounds of self-reflection (its organisation admins)', responses: guardedList },
  { method: 'post', path: '/api/organisations/:id/self-assessment-rounds', tag, summary: 'Open a round over the current version of an instrument; the school’s active members are asked to answer (organisation admins)', body: createRoundSchema, responses: createIn },
  { method: 'get', path: `${rounds}/:id`, tag, summary: `The round’s aggregate per area and role: means and distributions only where at least ${aggregateThreshold} people answered, the per-role split only when every role that answered reached it; never one person’s answers`, responses: guarded },
  { method: 'post', path: `${rounds}/:id/close`, tag, summary: 'Close the round: no more answers (409 round_closed)', responses: write },
  { method: 'post', path: `${rounds}/:id/remind`, tag, summary: 'E-mail a reminder, in each one’s language, to the school’s members who have not submitted; once a day at most (409 round_closed, reminder_too_soon)', responses: write },
  { method: 'get', path: `${rounds}/:id/compare`, tag, summary: 'Compare the round with another round of the same school and instrument (400 rounds_not_comparable)', query: compareRoundsQuerySchema, responses: guarded },
  { method: 'get', path: `${rounds}/:id/recommendations`, tag, summary: 'Practices, resources and open communities for the round’s weakest shown areas', responses: guarded },
  { method: 'post', path: `${rounds}/:id/plan-actions`, tag, summary: 'Create one action per chosen recommended practice in a goal of the school’s plan, each linked to its practice (400 unknown_plan, unknown_practice; 409 stale_revision)', body: roundPlanActionsSchema, responses: { ...createIn, 409: 'none' } },
  { method: 'get', path: '/api/programmes/:id/self-assessment', tag, summary: 'The programme view (advisors and organisers): anonymised distributions per competence or area across the latest round of each cohort school, above the threshold', query: programmeViewQuerySchema, responses: guarded },
  { method: 'get', path: '/api/programmes/:id/self-assessment.csv', tag, summary: 'The programme view as CSV (blank where below the threshold)', query: programmeViewQuerySchema, responses: { 200: 'json', 400: 'none', 401: 'none', 403: 'none', 404: 'none' } },
];
