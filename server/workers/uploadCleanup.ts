// Background loop that removes orphaned uploads every config.uploads.cleanupIntervalMs, on the node holding its
// lease; stoppable for shutdown.
import type { AppContext } from '../context.js';
import { cleanupOrphanUploads } from '../commands/uploads/cleanupOrphanUploads.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

export function startUploadCleanup(ctx: AppContext): RunningWorker {
  return startIntervalWorker(ctx, {
    job: 'uploadCleanup',
    intervalMs: ctx.config.uploads.cleanupIntervalMs,
    run: async () => {
      const report = await cleanupOrphanUploads(ctx);
      if (report.removedUploads > 0 || report.removedPartialWrites > 0) ctx.log.info(report, 'orphaned uploads removed');
    },
    onError: (error) => ctx.log.error({ err: error }, 'upload cleanup failed; retrying at the next interval'),
  });
}
