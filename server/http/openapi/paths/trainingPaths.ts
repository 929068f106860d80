// OpenAPI descriptions of /api/trainings: catalogue, editing, publishing, registration and participant lists.
import { createTrainingSchema, registrationSchema, trainingListQuerySchema, updateTrainingSchema } from '../../../commands/trainings/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, createIn, guardedList, itemOperations, transitionOperation } from './common.js';

const tag = 'trainings';
const base = '/api/trainings';

export const trainingPaths: ApiOperation[] = [
  ...itemOperations(base, tag, 'training', { list: trainingListQuerySchema, create: createTrainingSchema, update: updateTrainingSchema }),
  transitionOperation(base, tag, 'publish', 'Publish: shown in the catalogue and open for registration'),
  transitionOperation(base, tag, 'unpublish', 'Take back to draft'),
  {
    method: 'post', path: `${base}/:id/registration`, tag, body: registrationSchema,
    summary: 'Register (state registered when a seat was free, else waiting; 409 already_registered)',
    responses: { ...createIn, 409: 'none' },
  },
  { method: 'get', path: `${base}/:id/registration`, tag, summary: "The signed-in person's own registration", responses: act },
  { method: 'delete', path: `${base}/:id/registration`, tag, summary: 'Cancel one\'s registration; the next person waiting moves up', responses: act },
  { method: 'get', path: `${base}/:id/registrations`, tag, summary: 'Organisers: registered people, then the waiting list in order', responses: guardedList },
];
