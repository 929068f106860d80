// Background loop that publishes scheduled practices and collections once their publishAt has come (checked every
// config.scheduledPublishIntervalMs) on the node holding its lease; stoppable.
import type { AppContext } from '../context.js';
import { publishDueCollections } from '../commands/collections/publishDueCollections.js';
import { publishDuePractices } from '../commands/practices/publishDuePractices.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

export function startScheduledPublishing(ctx: AppContext): RunningWorker {
  return startIntervalWorker(ctx, {
    job: 'scheduledPublishing',
    intervalMs: ctx.config.scheduledPublishIntervalMs,
    run: async () => {
      const practices = await publishDuePractices(ctx);
      const collections = await publishDueCollections(ctx);
      if (practices + collections > 0) ctx.log.info({ practices, collections }, 'scheduled items published');
    },
    onError: (error) => ctx.log.error({ err: error }, 'scheduled publishing failed; retrying at the next interval'),
  });
}
