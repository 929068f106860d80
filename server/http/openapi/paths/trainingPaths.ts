// OpenAPI descriptions of /api/trainings: catalogue, editing, publishing, registration and participant lists.
import { attendanceSchema, cancelTrainingSchema, completionImportSchema, statisticsQuerySchema, createTrainingSchema, feedbackSchema, registrationSchema, trainingListQuerySchema, updateTrainingSchema } from '../../../commands/trainings/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, createIn, guardedList, itemOperations, readItem, transitionOperation } from './common.js';

const tag = 'trainings';
const base = '/api/trainings';

export const trainingPaths: ApiOperation[] = [
  ...itemOperations(base, tag, 'training', { list: trainingListQuerySchema, create: createTrainingSchema, update: updateTrainingSchema }),
  transitionOperation(base, tag, 'publish', 'Publish: shown in the catalogue and open for registration'),
  transitionOperation(base, tag, 'unpublish', 'Take back to draft'),
  {
    method: 'post', path: `${base}/:id/cancel`, tag, body: cancelTrainingSchema,
    summary: 'Organisers: call the training off (409 training_cancelled when it already was); every registrant and waiting person is told by e-mail',
    responses: { ...act, 409: 'none' },
  },
  { method: 'delete', path: `${base}/:id`, tag, summary: 'Organisers: remove the training; open registrations are closed and their people told by e-mail', responses: { 204: 'none', 401: 'none', 403: 'none', 404: 'none' } },
  {
    method: 'post', path: `${base}/:id/registration`, tag, body: registrationSchema,
    summary: 'Register (state registered when a seat was free, else waiting; 409 already_registered)',
    responses: { ...createIn, 409: 'none' },
  },
  { method: 'get', path: `${base}/:id/registration`, tag, summary: "The signed-in person's own registration", responses: act },
  { method: 'delete', path: `${base}/:id/registration`, tag, summary: 'Cancel one\'s registration; the next person waiting moves up', responses: act },
  { method: 'get', path: `${base}/:id/registrations`, tag, summary: 'Organisers: registered people, then the waiting list in order', responses: guardedList },
  {
    method: 'put', path: `${base}/:id/sessions/:sessionId/attendance`, tag, body: attendanceSchema,
    summary: 'Organisers: mark who attended a session (400 not_registered, nothing written); completions follow the rule',
    responses: { ...act, 200: 'list' },
  },
  {
    method: 'post', path: `${base}/completions/import`, tag, body: completionImportSchema,
    summary: 'Organisers: record LMS completions from CSV (training,email,completedAt), as JSON {csv} or a text/csv body; 400 csv_rows_invalid lists every bad line and writes nothing; rows already recorded are skipped',
    responses: { 200: 'item', 400: 'none', 401: 'none', 403: 'none' },
  },
  { method: 'get', path: `${base}/completions/imports/:importId`, tag, summary: 'Organisers: the progress of their own import (phase, rows processed of total)', responses: readItem },
  { method: 'get', path: `${base}/:id/sessions/:sessionId/ics`, tag, summary: 'One session as an iCalendar file', responses: { 200: 'none', 404: 'none' } },
  { method: 'post', path: `${base}/:id/feedback`, tag, body: feedbackSchema, summary: 'Participants: rate the training (1–5) with a comment; sending again replaces it', responses: act },
  { method: 'get', path: `${base}/:id/feedback`, tag, summary: 'Organisers: count, average, distribution and comments (no names)', responses: { ...act, 200: 'json' } },
  { method: 'get', path: `${base}/:id/certificate`, tag, summary: "The signed-in participant's certificate as a PDF in their language", responses: { 200: 'none', 401: 'none', 404: 'none' } },
  { method: 'get', path: '/api/certificates/:code', tag, summary: 'Verify a certificate code: only what the certificate states (404 certificate_not_found)', responses: readItem },
  { method: 'get', path: '/api/me/learning', tag, summary: 'My registrations, upcoming sessions, completions with hours per competence, certificates', responses: { 200: 'item', 401: 'none' } },
  { method: 'get', path: '/api/me/calendar-token', tag, summary: 'The signed address of my personal calendar feed', responses: { 200: 'item', 401: 'none' } },
  { method: 'get', path: '/api/statistics/trainings', tag, query: statisticsQuerySchema, summary: 'Training statistics (participations, distinct participants, by month/training/format/competence/region/organisation type, organisations reached, satisfaction); cells under 5 people are null for the public', responses: { 200: 'item', 400: 'none', 404: 'none' } },
  { method: 'get', path: '/api/statistics/trainings/:table/csv', tag, query: statisticsQuerySchema, summary: 'One statistics table (byMonth, byTraining, byFormat, byCompetence, byRegion, byOrganisationType) as CSV; suppressed cells read <5', responses: { 200: 'none', 400: 'none', 404: 'none' } },
  { method: 'get', path: '/api/calendar/:token', tag, summary: 'A personal iCalendar feed of upcoming sessions (404 for a forged token)', responses: { 200: 'none', 404: 'none' } },
];
