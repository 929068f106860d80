// OpenAPI descriptions of /api/organisations (members, requests, invitations, roles) and /api/programmes (roles, cohort).
import {
  addOrganisationContentSchema,
  createOrganisationSchema,
  inviteMemberSchema,
  itemOrganisationSchema,
  organisationInviteQuerySchema,
  organisationMemberQuerySchema,
  organisationQuerySchema,
  removeOrganisationContentSchema,
  setOrganisationRoleSchema,
  updateOrganisationSchema,
} from '../../../commands/organisations/schemas.js';
import {
  cohortMemberSchema,
  createProgrammeSchema,
  programmeQuerySchema,
  programmeRoleSchema,
  updateProgrammeSchema,
} from '../../../commands/programmes/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, actQuietly, create, guardedList, readItem, readList, write } from './common.js';

const organisations = 'organisations';
const programmes = 'programmes';
const members = '/api/organisations/:id/members';

export const organisationPaths: ApiOperation[] = [
  { method: 'get', path: '/api/organisations', tag: organisations, summary: 'List organisations by name (filters: country, type, q)', query: organisationQuerySchema, responses: readList },
  { method: 'post', path: '/api/organisations', tag: organisations, summary: 'Found an organisation; the founder becomes its organisation admin', body: createOrganisationSchema, responses: create },
  { method: 'get', path: '/api/me/organisations', tag: organisations, summary: 'The organisations the signed-in person may write practices, resources and plans for (where they edit plans or administer)', responses: readList },
  { method: 'put', path: '/api/practices/:id/organisation', tag: organisations, summary: 'Set or clear (null) the organisation a practice belongs to (its author, as a plan editor there; a move takes it off the old one)', body: itemOrganisationSchema, responses: write },
  { method: 'put', path: '/api/resources/:id/organisation', tag: organisations, summary: 'Set or clear (null) the organisation a resource belongs to (its author, as a plan editor there)', body: itemOrganisationSchema, responses: write },
  { method: 'get', path: '/api/organisations/:id', tag: organisations, summary: 'Read an organisation by id or slug (with the reader’s membership)', responses: readItem },
  { method: 'patch', path: '/api/organisations/:id', tag: organisations, summary: 'Edit an organisation (organisation admins; 409 stale_revision)', body: updateOrganisationSchema, responses: write },
  { method: 'get', path: '/api/organisations/:id/content', tag: organisations, summary: 'The practices and resources that belong to the organisation (what the reader may see)', responses: readItem },
  { method: 'post', path: '/api/organisations/:id/content', tag: organisations, summary: 'Add a practice or resource by its address (plan editors and admins, for what they wrote; 400 unknown_item, 409 in_other_organisation)', body: addOrganisationContentSchema, responses: write },
  { method: 'post', path: '/api/organisations/:id/content/remove', tag: organisations, summary: 'Take a practice or resource off the organisation (its admins or the item’s author)', body: removeOrganisationContentSchema, responses: write },
  { method: 'get', path: members, tag: organisations, summary: 'List members (members); ?state=pending|invited for organisation admins', query: organisationMemberQuerySchema, responses: guardedList },
  { method: 'post', path: `${members}/requests`, tag: organisations, summary: 'Ask to join; an organisation admin decides (409 already_member / invitation_waiting)', responses: { 202: 'item', 401: 'none', 404: 'none', 409: 'none' } },
  { method: 'post', path: `${members}/invitations`, tag: organisations, summary: 'Invite a person with a role (organisation admins; 409 already_member); an e-mail address without an account gets a single-use link valid 14 days (202)', body: inviteMemberSchema, responses: { ...create, 202: 'item', 404: 'none', 409: 'none' } },
  { method: 'get', path: '/api/organisations/:id/invitations', tag: organisations, summary: 'The invitations by e-mail still waiting to be taken, newest first (organisation admins)', query: organisationInviteQuerySchema, responses: guardedList },
  { method: 'delete', path: '/api/organisations/:id/invitations/:inviteId', tag: organisations, summary: 'Withdraw an open invitation by e-mail (organisation admins); its link then answers 410 invite_withdrawn (404 when already used, expired or withdrawn)', responses: actQuietly },
  { method: 'get', path: '/api/organisation-invitations/:token', tag: organisations, summary: 'Read an invitation by e-mail: the organisation and the role (404 invite_invalid when expired or used, 410 invite_withdrawn)', responses: { 200: 'item', 404: 'none', 410: 'none' } },
  { method: 'post', path: '/api/organisation-invitations/:token/accept', tag: organisations, summary: 'Accept an invitation by e-mail as the signed-in person (also right after registering; 404 invite_invalid, 410 invite_withdrawn)', responses: { 200: 'item', 401: 'none', 403: 'none', 404: 'none', 410: 'none' } },
  { method: 'post', path: `${members}/accept`, tag: organisations, summary: 'Accept an invitation to the organisation', responses: { 200: 'item', 401: 'none', 404: 'none' } },
  { method: 'post', path: `${members}/:userId/approve`, tag: organisations, summary: 'Approve a request to join (organisation admins)', responses: act },
  { method: 'post', path: `${members}/:userId/role`, tag: organisations, summary: 'Set a member’s role: member, plan-editor, org-admin (409 last_admin)', body: setOrganisationRoleSchema, responses: write },
  { method: 'delete', path: `${members}/:userId`, tag: organisations, summary: 'Decline a request, withdraw an invitation, remove a member or leave (409 last_admin)', responses: { ...actQuietly, 409: 'none' } },

  { method: 'get', path: '/api/programmes', tag: programmes, summary: 'List programmes, newest period first', query: programmeQuerySchema, responses: readList },
  { method: 'post', path: '/api/programmes', tag: programmes, summary: 'Create a programme (organisers); the creator becomes a programme organiser (400 unknown_organisation)', body: createProgrammeSchema, responses: { ...create, 409: 'none' } },
  { method: 'get', path: '/api/programmes/:id', tag: programmes, summary: 'Read a programme by id or slug', responses: readItem },
  { method: 'patch', path: '/api/programmes/:id', tag: programmes, summary: 'Edit a programme (programme organisers; 400 dates_out_of_order, 409 stale_revision)', body: updateProgrammeSchema, responses: write },
  { method: 'post', path: '/api/programmes/:id/roles', tag: programmes, summary: 'Name a person advisor or organiser of the programme', body: programmeRoleSchema, responses: act },
  { method: 'post', path: '/api/programmes/:id/roles/remove', tag: programmes, summary: 'Take a programme role back (409 last_organiser)', body: programmeRoleSchema, responses: write },
  { method: 'post', path: '/api/programmes/:id/cohort', tag: programmes, summary: 'Add an organisation to the programme’s cohort', body: cohortMemberSchema, responses: act },
  { method: 'post', path: '/api/programmes/:id/cohort/remove', tag: programmes, summary: 'Take an organisation out of the cohort', body: cohortMemberSchema, responses: act },
];
