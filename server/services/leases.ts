// Leases for background jobs: a node takes or renews a job's lease every config.leases.renewMs with one conditional
// findOneAndUpdate (free, expired, or already ours); only the holder runs the job. A stopped node hands its lease
// back so another takes over at its next try; a crashed node's lease lapses after config.leases.ttlMs.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext } from '../context.js';
import { isDuplicateKeyError } from '../errors.js';
import { isDatabaseUnreachable } from './mongoConnection.js';

export interface JobLease {
  readonly job: string;
  /** Who this node is in the leases collection. */
  readonly holder: string;
  /** True while this node holds the lease with at least one renewal interval to spare before it lapses. */
  held(): boolean;
  /** Stops renewing and hands the lease back, so another node takes the job at its next try. */
  release(): Promise<void>;
}

export interface LeaseOptions {
  /** Called each time this node gains the lease (not on renewals). */
  readonly onAcquired?: () => void;
}

export function holdLease(ctx: AppContext, job: string, options: LeaseOptions = {}): JobLease {
  const { ttlMs, renewMs } = ctx.config.leases;
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let heldUntil = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let attempt: Promise<void> = Promise.resolve();
  const held = (): boolean => !stopped && Date.now() < heldUntil;

  const tryTake = async (): Promise<void> => {
    const wasHeld = held();
    const now = Date.now();
    try {
      const lease = await ctx.models.Lease.findOneAndUpdate(
        { _id: job, $or: [{ holder }, { expiresAt: { $lte: new Date(now) } }] },
        { $set: { holder, expiresAt: new Date(now + ttlMs) } },
        { upsert: true, returnDocument: 'after' },
      ).lean();
      heldUntil = lease?.holder === holder ? now + ttlMs - renewMs : 0;
    } catch (error) {
      if (isDuplicateKeyError(error)) heldUntil = 0;
      // An unreachable database is logged once, by the connection (mongoConnection.ts).
      else if (!isDatabaseUnreachable(error)) ctx.log.warn({ err: error, job }, 'lease renewal failed; the lease lapses unless the next try succeeds');
    }
    if (!wasHeld && held()) {
      ctx.log.info({ job, holder }, 'lease acquired');
      options.onAcquired?.();
    }
  };

  const loop = (): void => {
    attempt = tryTake().finally(() => {
      if (stopped) return;
      timer = setTimeout(loop, renewMs);
      timer.unref();
    });
  };
  loop();

  return {
    job,
    holder,
    held,
    release: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await attempt;
      if (heldUntil === 0) return;
      heldUntil = 0;
      await ctx.models.Lease.updateOne({ _id: job, holder }, { $set: { expiresAt: new Date(0) } }).catch((error: unknown) => {
        if (!isDatabaseUnreachable(error)) ctx.log.warn({ err: error, job }, 'lease hand-back failed; it lapses by itself');
      });
    },
  };
}
