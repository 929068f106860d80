// Background loop that resumes notification fan-outs whose node died mid-way (notifications/fanOutJobs.ts) and fans
// out posts whose node died before storing their fan-out (notifications/unannouncedPosts.ts), every
// config.notifications.fanOutRecoveryIntervalMs, on the node holding its lease; stoppable.
import type { AppContext } from '../context.js';
import { resumeStalledFanOuts } from '../notifications/fanOutJobs.js';
import { replayUnannouncedPosts } from '../notifications/unannouncedPosts.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

export function startNotificationFanOut(ctx: AppContext): RunningWorker {
  return startIntervalWorker(ctx, {
    job: 'notificationFanOut',
    intervalMs: ctx.config.notifications.fanOutRecoveryIntervalMs,
    run: async () => {
      await resumeStalledFanOuts(ctx);
      await replayUnannouncedPosts(ctx);
    },
    onError: (error) => ctx.log.error({ err: error }, 'resuming notification fan-outs failed; retrying at the next interval'),
  });
}
