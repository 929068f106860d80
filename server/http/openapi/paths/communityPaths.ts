// OpenAPI descriptions of /api/communities (members, join requests, roles, bans, mutes, invitations, audit log),
// /api/invites, the threads and posts, and the flags (reports and the moderators' queues).
import {
  banMemberSchema,
  createCommunitySchema,
  createFlagSchema,
  createInviteSchema,
  inviteByEmailSchema,
  createThreadSchema,
  editPostSchema,
  flagQuerySchema,
  lockSchema,
  memberQuerySchema,
  muteMemberSchema,
  optionalReasonSchema,
  pageQuerySchema,
  replySchema,
  resolveFlagSchema,
  setMemberRoleSchema,
  threadQuerySchema,
  updateCommunitySchema,
} from '../../../commands/communities/schemas.js';
import { claimReviewSchema, practiceReportDecisionSchema, reviewDecisionSchema, reviewQuerySchema } from '../../../commands/review/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, actQuietly, create, createIn, guardedList, readItem, readList } from './common.js';

const communities = 'communities';
const threads = 'threads';
const flags = 'flags';
const member = '/api/communities/:id/members/:userId';

export const communityPaths: ApiOperation[] = [
  { method: 'get', path: '/api/communities', tag: communities, summary: 'List the communities the reader may see (with the own membership)', query: pageQuerySchema, responses: readList },
  { method: 'post', path: '/api/communities', tag: communities, summary: 'Create a community; the creator becomes its owner (409 slug_taken)', body: createCommunitySchema, responses: { ...create, 409: 'none' } },
  { method: 'get', path: '/api/communities/:id', tag: communities, summary: 'Read a community by id or by slug (the `id` parameter takes either)', responses: readItem },
  { method: 'patch', path: '/api/communities/:id', tag: communities, summary: 'Edit a community (owners)', body: updateCommunitySchema, responses: act },
  { method: 'get', path: '/api/communities/:id/members', tag: communities, summary: 'List members; ?state=pending (join requests) and ?state=banned for moderators', query: memberQuerySchema, responses: guardedList },
  { method: 'post', path: '/api/communities/:id/members/join', tag: communities, summary: 'Join an open community (403 banned / invite_only, 409 join_by_request)', responses: { 200: 'item', 401: 'none', 403: 'none', 404: 'none', 409: 'none' } },
  { method: 'post', path: '/api/communities/:id/members/leave', tag: communities, summary: 'Leave a community (404 not_a_member, 403 owner_cannot_leave)', responses: { 204: 'none', 401: 'none', 403: 'none', 404: 'none' } },
  { method: 'post', path: '/api/communities/:id/members/requests', tag: communities, summary: 'Ask to join a community that accepts members by request (409 already_member / join_open)', responses: { 202: 'item', 401: 'none', 403: 'none', 404: 'none', 409: 'none' } },
  { method: 'post', path: `${member}/approve`, tag: communities, summary: 'Approve a pending join request (moderators)', responses: { 200: 'item', 401: 'none', 403: 'none', 404: 'none' } },
  { method: 'post', path: `${member}/reject`, tag: communities, summary: 'Reject a pending join request, with an optional reason (moderators)', body: optionalReasonSchema, responses: actQuietly },
  { method: 'post', path: `${member}/role`, tag: communities, summary: 'Set a member’s role (owners; 409 last_owner)', body: setMemberRoleSchema, responses: { ...act, 409: 'none' } },
  { method: 'post', path: `${member}/ban`, tag: communities, summary: 'Ban a member, with a reason (moderators)', body: banMemberSchema, responses: actQuietly },
  { method: 'post', path: `${member}/unban`, tag: communities, summary: 'Lift a ban, with an optional reason (moderators)', body: optionalReasonSchema, responses: actQuietly },
  { method: 'post', path: `${member}/mute`, tag: communities, summary: 'Mute a member for some minutes (0 lifts the mute), with a reason (moderators)', body: muteMemberSchema, responses: act },
  { method: 'post', path: '/api/communities/:id/invites', tag: communities, summary: 'Create an invitation link (the token is shown only now)', body: createInviteSchema, responses: createIn },
  { method: 'post', path: '/api/communities/:id/invites/email', tag: communities, summary: 'Invite someone by e-mail, also without an account (a single-use link valid 14 days)', body: inviteByEmailSchema, responses: createIn },
  { method: 'post', path: '/api/invites/:token/accept', tag: communities, summary: 'Accept an invitation and join (404 invite_invalid, 403 banned)', responses: { 200: 'item', 401: 'none', 403: 'none', 404: 'none' } },
  { method: 'get', path: '/api/communities/:id/audit', tag: communities, summary: 'The community’s moderation and membership audit log (moderators)', query: pageQuerySchema, responses: guardedList },

  { method: 'get', path: '/api/communities/:id/threads', tag: threads, summary: 'List a community’s threads', query: pageQuerySchema, responses: { ...readList, 404: 'none' } },
  { method: 'post', path: '/api/communities/:id/threads', tag: threads, summary: 'Start a thread with its first post (members)', body: createThreadSchema, responses: createIn },
  {
    method: 'get',
    path: '/api/threads/:id',
    tag: threads,
    summary: 'Read a thread with a page of its posts',
    description: 'Answers `{ data: { ...thread, posts: [...] }, page }`: `page` pages the posts.',
    query: threadQuerySchema,
    responses: { 200: 'json', 400: 'none', 404: 'none' },
  },
  { method: 'post', path: '/api/threads/:id/replies', tag: threads, summary: 'Reply in a thread, optionally to one post (403 thread_locked)', body: replySchema, responses: createIn },
  { method: 'post', path: '/api/threads/:id/lock', tag: threads, summary: 'Lock or unlock a thread (moderators)', body: lockSchema, responses: act },
  { method: 'patch', path: '/api/posts/:id', tag: threads, summary: 'Edit a post (409 stale_revision on a stale rev, post_deleted)', body: editPostSchema, responses: { ...act, 409: 'none' } },
  { method: 'delete', path: '/api/posts/:id', tag: threads, summary: 'Delete a post (its author or a moderator; optional reason)', body: optionalReasonSchema, responses: actQuietly },
  { method: 'get', path: '/api/posts/:id/revisions', tag: threads, summary: 'A post’s edit history', responses: readItem },
  { method: 'post', path: '/api/posts/:id/approve', tag: threads, summary: 'Approve a post from the first-post queue (moderators; 409 not_queued)', responses: { 200: 'item', 401: 'none', 403: 'none', 404: 'none', 409: 'none' } },

  { method: 'post', path: '/api/flags', tag: flags, summary: 'Report a post, message or practice (409 already_flagged)', body: createFlagSchema, responses: { ...createIn, 409: 'none' } },
  { method: 'get', path: '/api/flags', tag: flags, summary: 'The site queue of practice flags (site moderators); open by default', query: flagQuerySchema, responses: { 200: 'list', 400: 'none', 401: 'none', 403: 'none' } },
  { method: 'get', path: '/api/communities/:id/flags', tag: flags, summary: 'A community’s flag queue (moderators); open by default', query: flagQuerySchema, responses: guardedList },
  { method: 'post', path: '/api/flags/:id/resolve', tag: flags, summary: 'Close a flag as dealt with, with a note (409 flag_closed)', body: resolveFlagSchema, responses: { ...act, 409: 'none' } },
  { method: 'post', path: '/api/flags/:id/reject', tag: flags, summary: 'Close a flag as unfounded, with a note (409 flag_closed)', body: resolveFlagSchema, responses: { ...act, 409: 'none' } },
  { method: 'get', path: '/api/communities/:id/review', tag: flags, summary: 'The community’s review queue (moderators): one entry per reported post or message, with the content in place, the reports by reason, the author’s standing and record, earlier actions and the current claim', query: reviewQuerySchema, responses: guardedList },
  { method: 'post', path: '/api/communities/:id/review/claim', tag: flags, summary: 'Claim (claim: true) or let go of a reported item so two moderators do not act on it twice (409 review_claimed, flag_closed)', body: claimReviewSchema, responses: { ...actQuietly, 409: 'none' } },
  { method: 'post', path: '/api/communities/:id/review/decide', tag: flags, summary: 'Decide a reported item in one step: keep, hide or delete the content, and warn, mute or ban its author, with a reason; every open report on it closes with the outcome (409 flag_closed, review_claimed)', body: reviewDecisionSchema, responses: { ...act, 409: 'none' } },
  { method: 'get', path: '/api/review/practices', tag: flags, summary: 'The site review queue of reported practices (site moderators): one entry per practice with its state, the reports by reason and earlier actions', query: reviewQuerySchema, responses: { 200: 'list', 400: 'none', 401: 'none', 403: 'none' } },
  { method: 'post', path: '/api/review/practices/decide', tag: flags, summary: 'Decide a reported practice: keep it, or take it offline (unpublish, for reviewers), with a reason; its open reports close with the outcome (409 flag_closed, invalid_transition)', body: practiceReportDecisionSchema, responses: { ...act, 409: 'none' } },
];
