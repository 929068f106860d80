// OpenAPI descriptions of /api/auth and /api/me.
import { changePasswordSchema, registerSchema, signInSchema, updateProfileSchema } from '../../schemas/accountSchemas.js';
import type { ApiOperation } from '../registry.js';

const tag = 'accounts';

export const accountPaths: ApiOperation[] = [
  { method: 'get', path: '/api/auth/csrf', tag, summary: 'The CSRF token to send as X-CSRF-Token on writes', responses: { 200: 'json' } },
  { method: 'post', path: '/api/auth/register', tag, summary: 'Register and sign in', body: registerSchema, responses: { 201: 'item', 400: 'none', 409: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/sign-in', tag, summary: 'Sign in (sets the session cookie)', body: signInSchema, responses: { 200: 'item', 400: 'none', 401: 'none', 429: 'none' } },
  { method: 'post', path: '/api/auth/sign-out', tag, summary: 'Sign out', responses: { 204: 'none' } },
  { method: 'get', path: '/api/me', tag, summary: 'The signed-in user', responses: { 200: 'item', 401: 'none' } },
  { method: 'patch', path: '/api/me', tag, summary: 'Update the own profile', body: updateProfileSchema, responses: { 200: 'item', 400: 'none', 401: 'none' } },
  { method: 'post', path: '/api/me/password', tag, summary: 'Change the own password (ends other sessions)', body: changePasswordSchema, responses: { 204: 'none', 400: 'none', 401: 'none' } },
];
