// Background loop that purges expired sessions, invites and slow-mode windows every few minutes, on the node holding
// its lease; stoppable.
import type { AppContext } from '../context.js';
import { purgeExpired } from '../commands/maintenance/purgeExpired.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

const everyFiveMinutes = 5 * 60_000;

export function startExpiryCleanup(ctx: AppContext): RunningWorker {
  return startIntervalWorker(ctx, {
    job: 'expiryCleanup',
    intervalMs: everyFiveMinutes,
    run: async () => {
      const purged = await purgeExpired(ctx);
      if (purged > 0) ctx.log.debug({ purged }, 'expired records purged');
    },
    onError: (error) => ctx.log.error({ err: error }, 'expiry cleanup failed; retrying at the next interval'),
  });
}
