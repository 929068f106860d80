// The rate limits that belong to a request rather than to one command: every write (per user, else per address)
// and registration (per address). Each counts in ctx.rateLimits, so the API and the form routes share one budget.
import type { RequestHandler } from 'express';
import type { AppContext } from '../../context.js';

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

export const limitWrites = (ctx: AppContext): RequestHandler => async (req, _res, next) => {
  if (reads.has(req.method)) return next();
  await ctx.rateLimits.consume('write', req.actor?.userId ? `user:${req.actor.userId}` : `ip:${req.ip ?? 'unknown'}`);
  next();
};

export const limitRegistrations = (ctx: AppContext): RequestHandler => async (req, _res, next) => {
  await ctx.rateLimits.consume('register', req.ip ?? 'unknown');
  next();
};
