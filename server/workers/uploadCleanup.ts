// Background loop that removes orphaned uploads every config.uploads.cleanupIntervalMs; stoppable for shutdown.
import type { AppContext } from '../context.js';
import { cleanupOrphanUploads } from '../commands/uploads/cleanupOrphanUploads.js';

export interface RunningWorker {
  stop(): Promise<void>;
}

export function startUploadCleanup(ctx: AppContext): RunningWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const runOnce = async (): Promise<void> => {
    try {
      const report = await cleanupOrphanUploads(ctx);
      if (report.removedUploads > 0 || report.removedPartialWrites > 0) ctx.log.info(report, 'orphaned uploads removed');
    } catch (error) {
      ctx.log.error({ err: error }, 'upload cleanup failed; retrying at the next interval');
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().finally(schedule);
    }, ctx.config.uploads.cleanupIntervalMs);
    timer.unref();
  };
  schedule();

  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
