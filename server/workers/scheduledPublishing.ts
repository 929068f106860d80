// Background loop that publishes scheduled practices once their publishAt has come (checked every 30 s); stoppable.
import type { AppContext } from '../context.js';
import { publishDuePractices } from '../commands/practices/publishDuePractices.js';
import { startIntervalWorker, type RunningWorker } from './intervalWorker.js';

const checkEveryMs = 30_000;

export function startScheduledPublishing(ctx: AppContext): RunningWorker {
  return startIntervalWorker({
    intervalMs: checkEveryMs,
    run: async () => {
      const published = await publishDuePractices(ctx);
      if (published > 0) ctx.log.info({ published }, 'scheduled practices published');
    },
    onError: (error) => ctx.log.error({ err: error }, 'scheduled publishing failed; retrying at the next interval'),
  });
}
