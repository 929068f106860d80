// OpenAPI descriptions of /api/auth, /api/me and the administrators' /api/users.
import {
  changePasswordSchema,
  deleteAccountSchema,
  emailChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  tokenSchema,
  listUsersQuerySchema,
  registerSchema,
  setRolesSchema,
  signInSchema,
  suspendSchema,
  updateProfileSchema,
} from '../../../commands/accounts/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act } from './common.js';

const tag = 'accounts';
const admin = 'user administration';

export const accountPaths: ApiOperation[] = [
  { method: 'get', path: '/api/auth/csrf', tag, summary: 'The CSRF token to send as X-CSRF-Token on writes', responses: { 200: 'json' } },
  { method: 'post', path: '/api/auth/register', tag, summary: 'Register and sign in', body: registerSchema, responses: { 201: 'item', 400: 'none', 409: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/sign-in', tag, summary: 'Sign in (sets the session cookie)', body: signInSchema, responses: { 200: 'item', 400: 'none', 401: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/sign-out', tag, summary: 'Sign out', responses: { 204: 'none', 403: 'none' } },
  { method: 'get', path: '/api/me', tag, summary: 'The signed-in user', responses: { 200: 'item', 401: 'none' } },
  { method: 'patch', path: '/api/me', tag, summary: 'Update the own profile', body: updateProfileSchema, responses: { 200: 'item', 400: 'none', 401: 'none' } },
  { method: 'post', path: '/api/me/password', tag, summary: 'Change the own password (ends other sessions)', body: changePasswordSchema, responses: { 204: 'none', 400: 'none', 401: 'none' } },
  { method: 'post', path: '/api/auth/password-reset', tag, summary: 'Mail a password-reset link (answers 202 whether or not the address has an account)', body: passwordResetRequestSchema, responses: { 202: 'json', 400: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/password-reset/confirm', tag, summary: 'Set a new password with a reset link’s token (single use; ends every session; 400 invalid_token)', body: passwordResetSchema, responses: { 204: 'none', 400: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/verify-email', tag, summary: 'Confirm the address with the token mailed to it (400 invalid_token)', body: tokenSchema, responses: { 204: 'none', 400: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/confirm-email', tag, summary: 'Confirm a change of address with the token mailed to the new address (400 invalid_token, 409 email_taken)', body: tokenSchema, responses: { 200: 'item', 400: 'none', 409: 'none', 429: 'none' } },
  { method: 'post', path: '/api/me/email-verification', tag, summary: 'Mail a new address-confirmation link', responses: { 202: 'json', 401: 'none', 429: 'none' } },
  { method: 'post', path: '/api/me/email', tag, summary: 'Change the address: a link goes to the new one, a notice to the old one', body: emailChangeSchema, responses: { 202: 'json', 400: 'none', 401: 'none', 409: 'none', 429: 'none' } },
  { method: 'get', path: '/api/me/export', tag, summary: 'Download my data: everything I wrote and my settings, as JSON', responses: { 200: 'json', 401: 'none' } },
  { method: 'post', path: '/api/me/delete', tag, summary: 'Delete my account (content kept as by a former member, or removed); sessions and sockets end', body: deleteAccountSchema, responses: { 204: 'none', 400: 'none', 401: 'none', 429: 'none' } },
  { method: 'get', path: '/api/users', tag: admin, summary: 'List accounts, by name or e-mail (?q=), role and status (administrators)', query: listUsersQuerySchema, responses: { 200: 'list', 400: 'none', 401: 'none', 403: 'none' } },
  { method: 'post', path: '/api/users/:id/roles', tag: admin, summary: 'Set an account’s site roles (administrators)', body: setRolesSchema, responses: act },
  { method: 'post', path: '/api/users/:id/suspend', tag: admin, summary: 'Suspend an account, with a reason; its sessions end (administrators)', body: suspendSchema, responses: act },
  { method: 'post', path: '/api/users/:id/reinstate', tag: admin, summary: 'Reinstate a suspended account (administrators)', responses: act },
];
