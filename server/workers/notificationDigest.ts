// Background loop that sends the daily and weekly notification digests (commands/notifications/sendDigests.ts) every
// config.notifications.digestIntervalMs, on the node holding its lease; stoppable.
import type { AppContext } from '../context.js';
import { sendDigests } from '../commands/notifications/sendDigests.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

export function startNotificationDigest(ctx: AppContext): RunningWorker {
  return startIntervalWorker(ctx, {
    job: 'notificationDigest',
    intervalMs: ctx.config.notifications.digestIntervalMs,
    run: async () => {
      const run = await sendDigests(ctx);
      if (run.mails > 0) ctx.log.info(run, 'notification digests queued');
    },
    onError: (error) => ctx.log.error({ err: error }, 'notification digests failed; retrying at the next interval'),
  });
}
