// The rate limits that belong to a request rather than to one command: every write (per user, else per address),
// registration and the e-mail/reset account requests (per address); they count in ctx.rateLimits, so API and forms share.
import type { RequestHandler } from 'express';
import type { AppContext } from '../../context.js';

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

export const limitWrites = (ctx: AppContext): RequestHandler => async (req, _res, next) => {
  if (reads.has(req.method)) return next();
  await ctx.rateLimits.consume('write', req.actor?.userId ? `user:${req.actor.userId}` : `ip:${req.ip ?? 'unknown'}`);
  next();
};

const perAddress = (action: 'register' | 'accountEmail') => (ctx: AppContext): RequestHandler => async (req, _res, next) => {
  await ctx.rateLimits.consume(action, req.ip ?? 'unknown');
  next();
};

export const limitRegistrations = perAddress('register');
/** Password resets, e-mail verification and changes, account deletion: one budget per address (API and forms). */
export const limitAccountRequests = perAddress('accountEmail');
