// Rate limits per client: strict for sign-in and registration, looser for other writes; answers 429 with a code.
import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import type { Config } from '../../config.js';
import { tooManyRequests } from '../../errors.js';

function limiter(windowMs: number, limit: number, message: string, key: 'ip' | 'user'): RateLimitRequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => (key === 'user' && req.actor?.userId ? `user:${req.actor.userId}` : `ip:${req.ip ?? 'unknown'}`),
    skip: (req) => req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS',
    handler: (_req, _res, next, options) => next(tooManyRequests(message, Math.ceil(options.windowMs / 1000))),
    validate: { keyGeneratorIpFallback: false },
  });
}

export const authRateLimit = (config: Config): RateLimitRequestHandler =>
  limiter(15 * 60_000, config.rateLimits.authPer15Min, 'Too many sign-in or registration attempts. Please wait a few minutes.', 'ip');

export const writeRateLimit = (config: Config): RateLimitRequestHandler =>
  limiter(60_000, config.rateLimits.writesPerMinute, 'Too many changes in a short time. Please wait a minute.', 'user');
