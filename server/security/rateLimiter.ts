// A small per-key sliding-window rate limiter that commands call, so HTTP routes and socket events share one
// budget per user; limiters live per app context (each test app has its own).
import type { AppContext } from '../context.js';
import { tooManyRequests } from '../errors.js';

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit for `key` if allowed and returns 0; otherwise returns the seconds until one more is allowed. */
  take(key: string, now = Date.now()): number {
    this.sweep(now);
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000));
    }
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.hits) {
      if (times[times.length - 1] <= now - this.windowMs) this.hits.delete(key);
    }
  }
}

const limitersByContext = new WeakMap<AppContext, Map<string, SlidingWindowLimiter>>();

function limiterFor(ctx: AppContext, name: string, limit: number, windowMs: number): SlidingWindowLimiter {
  let limiters = limitersByContext.get(ctx);
  if (!limiters) {
    limiters = new Map();
    limitersByContext.set(ctx, limiters);
  }
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = new SlidingWindowLimiter(limit, windowMs);
    limiters.set(name, limiter);
  }
  return limiter;
}

/** Live-room messages per user per minute (config.rateLimits.messagesPerMinute); throws 429 rate_limited. */
export function limitMessages(ctx: AppContext, userId: string): void {
  const wait = limiterFor(ctx, 'messages', ctx.config.rateLimits.messagesPerMinute, 60_000).take(userId);
  if (wait > 0) throw tooManyRequests('You are sending messages too quickly. Please wait a moment.', wait);
}

/** Threads and posts per user per minute (config.rateLimits.writesPerMinute); throws 429 rate_limited. */
export function limitPosts(ctx: AppContext, userId: string): void {
  const wait = limiterFor(ctx, 'posts', ctx.config.rateLimits.writesPerMinute, 60_000).take(userId);
  if (wait > 0) throw tooManyRequests('You are posting too quickly. Please wait a moment.', wait);
}
