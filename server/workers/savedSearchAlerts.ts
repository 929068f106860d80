// Background loop that announces new matches of saved searches (commands/notifications/savedSearchAlerts.ts) every
// config.notifications.savedSearchIntervalMs, on the node holding its lease; stoppable.
import type { AppContext } from '../context.js';
import { runSavedSearchAlerts } from '../commands/notifications/savedSearchAlerts.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

export function startSavedSearchAlerts(ctx: AppContext): RunningWorker {
  return startIntervalWorker(ctx, {
    job: 'savedSearchAlerts',
    intervalMs: ctx.config.notifications.savedSearchIntervalMs,
    run: async () => {
      const run = await runSavedSearchAlerts(ctx);
      if (run.notified > 0) ctx.log.info(run, 'saved search alerts sent');
    },
    onError: (error) => ctx.log.error({ err: error }, 'saved search alerts failed; retrying at the next interval'),
  });
}
