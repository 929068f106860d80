// First start: when SEED_ON_EMPTY is on and the database has no users (or an earlier first-start seed was cut
// short), loads the demo corpus in the background while the server already answers, logging its progress.
import type { AppContext } from '../server/context.js';
import { loadSeed } from './load.js';
import { seedProgress } from './seedKeys.js';

export interface FirstStartSeed {
  stop(): Promise<void>;
}

async function shouldSeed(ctx: AppContext): Promise<boolean> {
  if (!ctx.config.seedOnEmpty) return false;
  const progress = await seedProgress(ctx);
  if (progress === 'partial') return true;
  return progress === 'none' && (await ctx.models.User.estimatedDocumentCount()) === 0;
}

async function seedIfEmpty(ctx: AppContext, signal: AbortSignal): Promise<void> {
  if (!(await shouldSeed(ctx))) return;
  ctx.log.info('empty database: loading the demo content (the site answers meanwhile; see README for the demo accounts)');
  const report = await loadSeed(ctx, { progress: true, signal });
  ctx.log.info({ created: report.created, totals: report.totals, durationMs: report.durationMs }, 'demo content loaded');
}

export function startFirstStartSeed(ctx: AppContext): FirstStartSeed {
  const controller = new AbortController();
  const running = seedIfEmpty(ctx, controller.signal).catch((error: unknown) => {
    if (controller.signal.aborted) ctx.log.info('demo seeding stopped by shutdown; it resumes on the next start');
    else ctx.log.error({ err: error }, 'demo seeding failed; run `npm run seed` to complete it');
  });
  return {
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}
