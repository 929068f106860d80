// The search sync worker: on the node holding its lease, runs a sync pass when a write announces 'search.pending'
// and on an interval (other nodes' writes are caught on the interval); while Meilisearch fails it backs off
// (logging) and catches up when it answers again. Writes never wait for it.
import type { AppContext } from '../context.js';
import { syncAllPending } from '../search/syncPending.js';
import { holdLease } from '../services/leases.js';
import type { RunningWorker } from './intervalWorker.js';

/** Retry delays double from the interval up to this cap (40 intervals, at most 10 s). */
const backoffCap = (intervalMs: number): number => Math.min(10_000, intervalMs * 40);

export function startSearchSync(ctx: AppContext): RunningWorker {
  const intervalMs = ctx.config.searchSyncIntervalMs;
  let stopped = false;
  let failures = 0;
  let running: Promise<void> | null = null;
  let wokenWhileRunning = false;
  let timer: NodeJS.Timeout | null = null;

  const schedule = (delayMs: number): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  };

  const pass = async (): Promise<void> => {
    try {
      const counts = await syncAllPending(ctx);
      if (failures > 0) ctx.log.info({ afterFailures: failures, ...counts }, 'search sync recovered');
      else if (counts.indexed + counts.removed > 0) ctx.log.debug(counts, 'search sync pass');
      failures = 0;
    } catch (error) {
      failures += 1;
      if (failures === 1 || failures % 10 === 0) ctx.log.warn({ err: error, failures }, 'search sync failed; retrying with backoff');
    }
  };

  const run = async (): Promise<void> => {
    if (stopped) return;
    if (!lease.held()) {
      schedule(intervalMs);
      return;
    }
    if (running) {
      wokenWhileRunning = true;
      return;
    }
    wokenWhileRunning = false;
    running = pass();
    await running;
    running = null;
    if (stopped) return;
    if (failures > 0) schedule(Math.min(intervalMs * 2 ** failures, backoffCap(intervalMs)));
    else schedule(wokenWhileRunning ? 0 : intervalMs);
  };

  const onPending = (): void => {
    if (failures > 0 || !lease.held()) return;
    if (running) wokenWhileRunning = true;
    else schedule(0);
  };

  const lease = holdLease(ctx, 'searchSync', { onAcquired: onPending });
  ctx.events.on('search.pending', onPending);
  schedule(0);
  return {
    job: lease.job,
    holdsLease: () => lease.held(),
    stop: async () => {
      stopped = true;
      ctx.events.off('search.pending', onPending);
      if (timer) clearTimeout(timer);
      await running;
      await lease.release();
    },
  };
}
