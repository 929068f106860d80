// One rate limiter per action (rate-limiter-flexible) on a store every app node shares: the app's MongoDB (the
// rateLimits collection) by default, Redis when REDIS_URL is set. Commands, and the one middleware per action that
// routes share, call these; a refusal is a 429 AppError whose details say when to try again.
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

export type LimitedAction = 'write' | 'post' | 'message' | 'reaction' | 'register' | 'accountEmail' | 'signInAccount' | 'signInAddress' | 'passwordChange';

interface ActionLimit {
  readonly points: number;
  readonly seconds: number;
  /** The 429's code and message (the message gets "Try again in N minutes." appended). */
  readonly code: string;
  readonly message: string;
}

function actionLimits(config: Config): Record<LimitedAction, ActionLimit> {
  const limits = config.rateLimits;
  const failureWindow = limits.signInFailureWindowMinutes * 60;
  return {
    write: { points: limits.writesPerMinute, seconds: 60, code: 'rate_limited', message: 'Too many changes in a short time.' },
    post: { points: limits.postsPerMinute, seconds: 60, code: 'rate_limited', message: 'You are posting too quickly.' },
    message: { points: limits.messagesPerMinute, seconds: 60, code: 'rate_limited', message: 'You are sending messages too quickly.' },
    reaction: { points: limits.reactionsPerMinute, seconds: 60, code: 'rate_limited', message: 'You are reacting too quickly.' },
    register: { points: limits.authPer15Min, seconds: 15 * 60, code: 'rate_limited', message: 'Too many registrations from your network.' },
    accountEmail: { points: limits.authPer15Min, seconds: 15 * 60, code: 'rate_limited', message: 'Too many account requests from your network.' },
    signInAccount: { points: limits.signInFailuresPerAccount, seconds: failureWindow, code: 'sign_in_locked', message: 'Too many failed sign-ins for this account.' },
    signInAddress: { points: limits.signInFailuresPerAddress, seconds: failureWindow, code: 'sign_in_locked', message: 'Too many failed sign-ins from your network.' },
    passwordChange: { points: limits.signInFailuresPerAccount, seconds: failureWindow, code: 'rate_limited', message: 'Too many wrong current passwords.' },
  };
}

export interface RateLimits {
  /** Counts one `action` by `key`; throws 429 when that was over the limit. */
  consume(action: LimitedAction, key: string): Promise<void>;
  /** Throws 429 when `key` has used up `action` already, without counting (for limits on failures). */
  assertAllowed(action: LimitedAction, key: string): Promise<void>;
  /** Counts one failure of `action` by `key`, never refusing (the next assertAllowed does). */
  countFailure(action: LimitedAction, key: string): Promise<void>;
  /** Which store the counters live in, for logs and benchmarks. */
  readonly store: 'mongodb' | 'redis';
  close(): Promise<void>;
}

/** A refused action: 429 with `retryAfterSeconds` and the `retryAfter` time in its details (and Retry-After). */
function refusal(limit: ActionLimit, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  const when = seconds < 60 ? `${seconds} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError(429, limit.code, `${limit.message} Try again in ${when}.`, {
    retryAfterSeconds: seconds,
    retryAfter: new Date(Date.now() + seconds * 1000).toISOString(),
  });
}

export async function createRateLimits(config: Config, connection: Connection, log: Logger): Promise<RateLimits> {
  const limits = actionLimits(config);
  let limiterFor: (action: LimitedAction, limit: ActionLimit) => RateLimiterAbstract;
  let close: () => Promise<void>;
  if (config.redisUrl) {
    const redis = createClient({ url: config.redisUrl });
    redis.on('error', (error: unknown) => log.error({ err: error }, 'redis connection error (rate limits fall back to this node)'));
    await redis.connect();
    limiterFor = (action, limit) => {
      const options = { keyPrefix: `praxis:${config.mongo.dbName}:${action}`, points: limit.points, duration: limit.seconds };
      return new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    };
    close = async () => {
      await redis.quit().catch(() => undefined);
    };
  } else {
    const store = { storeClient: connection.getClient(), dbName: config.mongo.dbName, tableName: 'rateLimits', disableIndexesCreation: true };
    limiterFor = (action, limit) => new RateLimiterMongo({ ...store, keyPrefix: action, points: limit.points, duration: limit.seconds });
    await new RateLimiterMongo({ ...store, points: 1, duration: 1 }).createIndexes();
    close = async () => {};
  }
  const limiters = Object.fromEntries(
    (Object.keys(limits) as LimitedAction[]).map((action) => [action, limiterFor(action, limits[action])]),
  ) as Record<LimitedAction, RateLimiterAbstract>;

  return {
    store: config.redisUrl ? 'redis' : 'mongodb',
    consume: async (action, key) => {
      try {
        await limiters[action].consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refusal(limits[action], error.msBeforeNext);
        throw error;
      }
    },
    assertAllowed: async (action, key) => {
      const used = await limiters[action].get(key);
      if (used && used.consumedPoints >= limits[action].points) throw refusal(limits[action], used.msBeforeNext);
    },
    countFailure: async (action, key) => {
      await limiters[action].penalty(key);
    },
    close,
  };
}
