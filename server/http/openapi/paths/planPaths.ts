// OpenAPI descriptions of /api/plans (goals, actions, indicators, measurements, CSV, reports, feedback, history),
// /api/plan-templates and the programme monitoring dashboard.
import {
  actionInputSchema,
  createPlanSchema,
  csvImportSchema,
  dashboardQuerySchema,
  feedbackInputSchema,
  goalInputSchema,
  indicatorInputSchema,
  measurementsSchema,
  planQuerySchema,
  planStatusSchema,
  planTemplateInputSchema,
  moveItemSchema,
  removeItemSchema,
  reportInputSchema,
  updatePlanSchema,
} from '../../../commands/plans/schemas.js';
import type { ApiOperation } from '../registry.js';
import { create, createIn, guardedList, readItem, readList, write } from './common.js';

const plans = 'plans';
const csv = { 200: 'json', 404: 'none' } as const;

const itemPaths = (kind: 'goals' | 'actions' | 'indicators', noun: string, body: ApiOperation['body']): ApiOperation[] => [
  { method: 'post', path: `/api/plans/:id/${kind}`, tag: plans, summary: `Add ${noun} (plan editors; 409 stale_revision; 400 dates_out_of_order, unknown_goal, nesting_too_deep, reason_required)`, body, responses: { ...createIn, 409: 'none' } },
  { method: 'put', path: `/api/plans/:id/${kind}/:itemId`, tag: plans, summary: `Replace ${noun} (plan editors; same checks)`, body, responses: write },
  { method: 'post', path: `/api/plans/:id/${kind}/:itemId/remove`, tag: plans, summary: `Remove ${noun} (409 goal_not_empty for a goal that still holds items)`, body: removeItemSchema, responses: write },
  { method: 'post', path: `/api/plans/:id/${kind}/:itemId/move`, tag: plans, summary: `Move ${noun} one place up or down among its siblings (409 item_at_edge, stale_revision)`, body: moveItemSchema, responses: write },
];

export const planPaths: ApiOperation[] = [
  { method: 'get', path: '/api/plans', tag: plans, summary: 'List the plans the reader may see (by organisation, programme, status)', query: planQuerySchema, responses: readList },
  { method: 'post', path: '/api/plans', tag: plans, summary: 'Start a draft plan of an organisation, optionally in a programme and from a template (400 not_in_programme, unknown_template)', body: createPlanSchema, responses: { ...create, 404: 'none' } },
  { method: 'get', path: '/api/plans/:id', tag: plans, summary: 'Read a plan by id or slug (404 when the reader may not see it)', responses: readItem },
  { method: 'patch', path: '/api/plans/:id', tag: plans, summary: 'Edit the plan’s title, vision, period, visibility or reporting interval (409 stale_revision)', body: updatePlanSchema, responses: write },
  { method: 'post', path: '/api/plans/:id/status', tag: plans, summary: 'Move the plan along draft → adopted → in-implementation → completed / discontinued (409 invalid_transition)', body: planStatusSchema, responses: write },
  ...itemPaths('goals', 'a goal', goalInputSchema),
  ...itemPaths('actions', 'an action', actionInputSchema),
  ...itemPaths('indicators', 'an indicator', indicatorInputSchema),
  { method: 'post', path: '/api/plans/:id/measurements', tag: plans, summary: 'Add measured indicator values, all or nothing (400 unknown_indicator with each bad row)', body: measurementsSchema, responses: write },
  { method: 'post', path: '/api/plans/:id/measurements/import', tag: plans, summary: 'Import indicator values from CSV text; every bad row is reported (400 csv_rows_invalid) and nothing is written then', body: csvImportSchema, responses: write },
  { method: 'get', path: '/api/plans/:id/actions.csv', tag: plans, summary: 'The plan’s actions as CSV', responses: csv },
  { method: 'get', path: '/api/plans/:id/indicators.csv', tag: plans, summary: 'The plan’s indicators with every measured value as CSV', responses: csv },
  { method: 'get', path: '/api/plans/:id/reports', tag: plans, summary: 'The plan’s progress reports with feedback, newest first', responses: { 200: 'json', 404: 'none' } },
  { method: 'post', path: '/api/plans/:id/reports', tag: plans, summary: 'Submit a progress report (plan editors; 409 plan_closed / plan_not_adopted; 400 unknown_action, unknown_indicator)', body: reportInputSchema, responses: { ...createIn, 409: 'none' } },
  { method: 'post', path: '/api/plans/:id/reports/:reportId/feedback', tag: plans, summary: 'Answer a report with feedback (the programme’s advisors and organisers)', body: feedbackInputSchema, responses: createIn },
  { method: 'get', path: '/api/plans/:id/history', tag: plans, summary: 'The plan’s revisions: who changed which fields when', responses: { 200: 'json', 404: 'none' } },
  { method: 'get', path: '/api/plan-templates', tag: plans, summary: 'List plan templates (?programmeId= for a programme’s and the general ones)', responses: { 200: 'json' } },
  { method: 'post', path: '/api/plan-templates', tag: plans, summary: 'Create a plan template (programme organisers)', body: planTemplateInputSchema, responses: createIn },
  { method: 'get', path: '/api/programmes/:id/dashboard', tag: plans, summary: 'The programme monitoring dashboard (advisors and organisers): counts and one row per readable plan', query: dashboardQuerySchema, responses: { ...guardedList, 200: 'item' } },
  { method: 'get', path: '/api/programmes/:id/dashboard.csv', tag: plans, summary: 'The dashboard’s plan table as CSV', query: dashboardQuerySchema, responses: { 200: 'json', 401: 'none', 403: 'none', 404: 'none' } },
];
