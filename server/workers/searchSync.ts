// The search sync worker: on the node holding its lease, runs a sync pass when a write announces 'search.pending'
// and on an interval (other nodes' writes are caught on the interval); while Meilisearch fails it backs off
// (logging) and catches up when it answers again. Writes never wait for it.
import type { AppContext } from '../context.js';
import { syncAllPending } from '../search/syncPending.js';
import type { RunningWorker } from './intervalWorker.js';
import { startWokenWorker } from './wokenWorker.js';

export function startSearchSync(ctx: AppContext): RunningWorker {
  const intervalMs = ctx.config.searchSyncIntervalMs;
  // Retry delays double from the interval up to 40 intervals, at most 10 s.
  const backoffCap = Math.min(10_000, intervalMs * 40);
  return startWokenWorker(ctx, {
    job: 'searchSync',
    wakeOn: 'search.pending',
    intervalMs,
    pass: async () => {
      const counts = await syncAllPending(ctx);
      if (counts.indexed + counts.removed > 0) ctx.log.debug(counts, 'search sync pass');
      return undefined;
    },
    backoffMs: (failures) => Math.min(intervalMs * 2 ** failures, backoffCap),
    onFailure: (error, failures) => {
      if (failures === 1 || failures % 10 === 0) ctx.log.warn({ err: error, failures }, 'search sync failed; retrying with backoff');
    },
    onRecovery: (afterFailures) => ctx.log.info({ afterFailures }, 'search sync recovered'),
  });
}
